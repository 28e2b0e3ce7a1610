-- The agreements, delegations and events that carry out a policy document (issue 13).
alter table agreement add column document_id bigint references policy_document (id) on delete set null;
alter table delegation add column document_id bigint references policy_document (id) on delete set null;
alter table event add column document_id bigint references policy_document (id) on delete set null;
create index ix_agreement_document on agreement (document_id);
create index ix_delegation_document on delegation (document_id);
create index ix_event_document on event (document_id);
