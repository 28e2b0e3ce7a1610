package vn.doingoai.consular;

interface ProtectionCaseRepository extends ConsularRepository<ProtectionCase> {}
