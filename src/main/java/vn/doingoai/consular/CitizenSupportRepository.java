package vn.doingoai.consular;

interface CitizenSupportRepository extends ConsularRepository<CitizenSupport> {}
