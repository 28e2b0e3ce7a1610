-- Exchange rates: perUsd units of the currency buy one USD, from valid_from until the next rate.
create table exchange_rate (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    currency varchar(3) not null,
    valid_from date not null,
    per_usd numeric(24,8) not null,
    constraint uq_exchange_rate unique (currency, valid_from)
);
