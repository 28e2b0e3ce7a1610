package vn.doingoai.delegation;

/** "N đoàn / M lượt người / K người": delegations, their members (lượt) and the distinct persons. */
record DelegationCounts(long delegations, long persons, long people) {}
