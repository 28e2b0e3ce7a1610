-- Failed sign-ins, per user name and client address: they slow down the source that fails (growing
-- delays), never the account itself. Kept in the database so that every instance sees them.
create table sign_in_failure (
    username varchar(100) not null,
    address varchar(64) not null,
    failures integer not null,
    first_failed_at timestamp with time zone not null,
    last_failed_at timestamp with time zone not null,
    blocked_until timestamp with time zone not null,
    constraint sign_in_failure_pk primary key (username, address)
);
create index sign_in_failure_last on sign_in_failure (last_failed_at);

-- The lock-out is gone: a stranger could lock the real user out with five wrong passwords.
alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;
