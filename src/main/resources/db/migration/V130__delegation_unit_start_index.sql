-- A unit's delegations in the lists' order (latest start first): the list reads the index in
-- order instead of every row of the unit's delegations.
create index ix_delegation_unit_start on delegation (unit_code, start_date, id);
