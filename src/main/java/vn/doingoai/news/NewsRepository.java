package vn.doingoai.news;

import vn.doingoai.common.RecordRepository;

interface NewsRepository extends RecordRepository<NewsItem> {}
