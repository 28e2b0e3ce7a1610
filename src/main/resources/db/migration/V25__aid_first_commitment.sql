-- An aid item's first commitment (ngày cam kết đầu tiên): the date of its earliest commitment, kept
-- with the item so that "new items" (aid.items.new) is a condition on the item, not a search of its
-- transactions.
alter table aid_item add column first_commitment date;
update aid_item set first_commitment = (
    select min(t.tx_date) from aid_transaction t where t.aid_item_id = aid_item.id and t.type = 'COMMITMENT');
create index ix_aid_item_first_commitment on aid_item (first_commitment);
