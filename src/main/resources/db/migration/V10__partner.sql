-- Partners abroad and their contacts.
create table partner (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    kind varchar(40) not null,
    name varchar(500) not null,
    name_vi varchar(500),
    country varchar(2),
    parent_id bigint references partner (id),
    notes varchar(4000)
);
create index ix_partner_unit on partner (unit_code);
create index ix_partner_parent on partner (parent_id);

create table partner_contact (
    partner_id bigint not null references partner (id) on delete cascade,
    position_index integer not null,
    name varchar(200),
    position varchar(200),
    email varchar(200),
    phone varchar(50),
    primary key (partner_id, position_index)
);
