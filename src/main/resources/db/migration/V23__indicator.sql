-- Indicators (export value, import value, GRDP growth, ...) and their values per unit and period.
create table indicator (
    code varchar(100) primary key,
    version bigint not null,
    name_vi varchar(300) not null,
    name_en varchar(300),
    measure varchar(40) not null,
    aggregation varchar(20) not null,
    builtin boolean not null default false
);

insert into indicator (code, version, name_vi, name_en, measure, aggregation, builtin) values
    ('trade.export', 0, 'Kim ngạch xuất khẩu', 'Export value', 'USD', 'SUM', true),
    ('trade.import', 0, 'Kim ngạch nhập khẩu', 'Import value', 'USD', 'SUM', true),
    ('trade.total', 0, 'Tổng kim ngạch xuất nhập khẩu', 'Total trade', 'USD', 'SUM', true),
    ('grdp.growth', 0, 'Tốc độ tăng trưởng GRDP', 'GRDP growth', 'PERCENT', 'NONE', true);

create table indicator_value (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    indicator_code varchar(100) not null references indicator (code),
    period_code varchar(40) not null,
    period_from date not null,
    period_to date not null,
    kind varchar(10) not null,
    amount numeric(30,6) not null,
    note varchar(2000),
    constraint uq_indicator_value unique (indicator_code, unit_code, period_from, period_to, kind)
);
create index ix_indicator_value_unit on indicator_value (unit_code);
create index ix_indicator_value_period on indicator_value (period_from, period_to);
