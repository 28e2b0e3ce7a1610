-- Delegations abroad and from abroad (đoàn ra, đoàn vào), their members and the persons they name.
create table delegation_person (
    id bigint primary key,
    match_key varchar(1100) not null unique,
    name varchar(300) not null,
    organization varchar(500),
    search_text varchar(1000)
);

create table delegation (
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
    title varchar(500) not null,
    purpose varchar(4000),
    head_of_delegation varchar(300),
    start_date date not null,
    end_date date,
    funding_source varchar(500),
    status varchar(20) not null,
    member_count integer,
    persons integer not null,
    decision_number varchar(100),
    decision_date date,
    approved_by varchar(100),
    report_text text,
    doc_path varchar(500),
    doc_name varchar(300),
    doc_type varchar(200),
    doc_size bigint
);
create index ix_delegation_unit on delegation (unit_code);
create index ix_delegation_start on delegation (start_date);
create index ix_delegation_status on delegation (status);

create table delegation_country (
    delegation_id bigint not null references delegation (id) on delete cascade,
    position_index integer not null,
    country varchar(2) not null,
    primary key (delegation_id, position_index)
);
create index ix_delegation_country on delegation_country (country);

create table delegation_partner (
    delegation_id bigint not null references delegation (id) on delete cascade,
    position_index integer not null,
    partner_id bigint not null references partner (id),
    primary key (delegation_id, position_index)
);
create index ix_delegation_partner on delegation_partner (partner_id);

create table delegation_member (
    delegation_id bigint not null references delegation (id) on delete cascade,
    position_index integer not null,
    name varchar(300) not null,
    position varchar(300),
    organization varchar(500),
    person_id bigint references delegation_person (id),
    primary key (delegation_id, position_index)
);
create index ix_delegation_member_person on delegation_member (person_id);
