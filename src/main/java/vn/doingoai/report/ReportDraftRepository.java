package vn.doingoai.report;

import vn.doingoai.common.RecordRepository;

interface ReportDraftRepository extends RecordRepository<ReportDraft> {}
