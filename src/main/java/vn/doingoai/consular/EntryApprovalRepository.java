package vn.doingoai.consular;

interface EntryApprovalRepository extends ConsularRepository<EntryApproval> {}
