-- FDI projects and their capital changes. The capital on a date is the registered capital plus
-- the changes up to that date: it is never stored twice.
create table investment (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    name varchar(500) not null,
    investor_id bigint references partner (id),
    country varchar(2),
    registered_on date not null,
    capital_amount numeric(24,4) not null,
    capital_currency varchar(3) not null,
    status varchar(20) not null,
    ended_on date,
    industrial_zone varchar(500),
    workers integer,
    notes varchar(4000)
);
create index ix_investment_unit on investment (unit_code);
create index ix_investment_registered on investment (registered_on);
create index ix_investment_investor on investment (investor_id);

create table investment_adjustment (
    investment_id bigint not null references investment (id) on delete cascade,
    position_index integer not null,
    change_date date not null,
    amount numeric(24,4) not null,
    currency varchar(3) not null,
    primary key (investment_id, position_index)
);
create index ix_investment_adjustment_date on investment_adjustment (change_date);
