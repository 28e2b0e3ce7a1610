package vn.doingoai.border;

import vn.doingoai.common.RecordRepository;

interface BorderGateRepository extends RecordRepository<BorderGate> {}
