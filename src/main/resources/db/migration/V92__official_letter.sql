-- Official letters (công thư) sent to and received from partners abroad, and their partners.
create table official_letter (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    direction varchar(20) not null,
    letter_date date not null,
    occasion varchar(30) not null,
    subject varchar(1000) not null,
    notes varchar(4000),
    doc_path varchar(500),
    doc_name varchar(300),
    doc_type varchar(200),
    doc_size bigint
);
create index ix_official_letter_unit on official_letter (unit_code);
create index ix_official_letter_date on official_letter (letter_date);

create table official_letter_partner (
    letter_id bigint not null references official_letter (id) on delete cascade,
    position_index integer not null,
    partner_id bigint not null references partner (id),
    primary key (letter_id, position_index)
);
create index ix_official_letter_partner_partner on official_letter_partner (partner_id);
