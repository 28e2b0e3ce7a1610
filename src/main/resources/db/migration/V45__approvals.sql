-- Approvals (issue 11): the province leader's decision on an agreement (to sign it) and on an aid
-- item, with its number, its date and the approving user, as delegations already have.
alter table agreement add column decision_number varchar(100);
alter table agreement add column decision_date date;
alter table agreement add column approved_by varchar(100);
create index ix_agreement_status on agreement (status);

-- Aid items had no status: those recorded so far are proposals until an approver decides.
alter table aid_item add column status varchar(20) default 'PROPOSED' not null;
alter table aid_item add column approved_by varchar(100);
create index ix_aid_item_status on aid_item (status);
