-- What the report's counts read, so that they read only their own table.

-- An event keeps the number of its bridge points (điểm cầu), so that events.bridgePoints is a sum
-- over the events instead of a join with every bridge point.
alter table event add column bridge_point_count integer default 0 not null;
update event set bridge_point_count = (select count(*) from event_bridge_point b where b.event_id = event.id);

-- Counted delegations are a status and a start date: one index for both (a status alone made H2
-- fetch every approved delegation of every year for a month's report).
drop index ix_delegation_status;
create index ix_delegation_status_start on delegation (status, start_date);
