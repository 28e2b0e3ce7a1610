-- Aid items (viện trợ) and their transactions: commitments and disbursements in their own currency.
create table aid_item (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    donor_id bigint references partner (id),
    kind varchar(30) not null,
    title varchar(1000) not null,
    sector varchar(5),
    start_date date not null,
    end_date date,
    location varchar(500),
    approval_number varchar(200),
    approval_date date,
    description varchar(4000)
);
create index ix_aid_item_unit on aid_item (unit_code);
create index ix_aid_item_dates on aid_item (start_date, end_date);
create index ix_aid_item_donor on aid_item (donor_id);

create table aid_transaction (
    aid_item_id bigint not null references aid_item (id) on delete cascade,
    position_index integer not null,
    type varchar(20) not null,
    tx_date date not null,
    amount numeric(24,4) not null,
    currency varchar(3) not null,
    primary key (aid_item_id, position_index)
);
create index ix_aid_transaction_date on aid_transaction (tx_date);
