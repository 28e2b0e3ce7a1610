-- One number that every write transaction raises (vn.doingoai.config.DataVersion), in the same
-- transaction: cached figures are keyed by it, so that they never lag the records, on one instance
-- or several sharing the database.
create table data_version (
    id      integer primary key,
    version bigint  not null
);
insert into data_version (id, version) values (1, 0);
