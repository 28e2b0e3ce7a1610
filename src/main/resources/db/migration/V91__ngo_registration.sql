-- Foreign NGOs' registrations (giấy đăng ký của tổ chức phi chính phủ nước ngoài).
create table ngo_registration (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    ngo_id bigint not null references partner (id),
    kind varchar(30) not null,
    number varchar(100),
    valid_from date not null,
    valid_to date,
    area varchar(1000),
    notes varchar(4000)
);
create index ix_ngo_registration_unit on ngo_registration (unit_code);
create index ix_ngo_registration_ngo on ngo_registration (ngo_id);
create index ix_ngo_registration_valid on ngo_registration (valid_from, valid_to);
