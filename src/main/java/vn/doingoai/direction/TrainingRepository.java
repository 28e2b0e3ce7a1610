package vn.doingoai.direction;

import vn.doingoai.common.RecordRepository;

interface TrainingRepository extends RecordRepository<Training> {}
