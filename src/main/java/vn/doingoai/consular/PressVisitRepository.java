package vn.doingoai.consular;

interface PressVisitRepository extends ConsularRepository<PressVisit> {}
