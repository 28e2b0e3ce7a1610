-- International agreements (thỏa thuận quốc tế), their partners and fields of cooperation.
create table agreement (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    level varchar(20) not null,
    title varchar(1000) not null,
    signed_on date,
    valid_from date,
    valid_to date,
    status varchar(20) not null,
    signatory varchar(500),
    notes varchar(4000),
    doc_path varchar(500),
    doc_name varchar(300),
    doc_type varchar(200),
    doc_size bigint
);
create index ix_agreement_unit on agreement (unit_code);
create index ix_agreement_signed on agreement (signed_on);
create index ix_agreement_valid_to on agreement (valid_to);

create table agreement_partner (
    agreement_id bigint not null references agreement (id) on delete cascade,
    position_index integer not null,
    partner_id bigint not null references partner (id),
    primary key (agreement_id, position_index)
);
create index ix_agreement_partner_partner on agreement_partner (partner_id);

create table agreement_field (
    agreement_id bigint not null references agreement (id) on delete cascade,
    position_index integer not null,
    field varchar(40) not null,
    primary key (agreement_id, position_index)
);
