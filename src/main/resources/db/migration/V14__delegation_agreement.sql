-- A delegation may carry out an international agreement (its page lists the delegations).
alter table delegation add column agreement_id bigint references agreement (id);
create index ix_delegation_agreement on delegation (agreement_id);
