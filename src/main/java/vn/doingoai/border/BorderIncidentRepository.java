package vn.doingoai.border;

import vn.doingoai.common.RecordRepository;

interface BorderIncidentRepository extends RecordRepository<BorderIncident> {}
