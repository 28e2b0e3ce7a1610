-- Foreign-affairs events, their partners and bridge points (điểm cầu).
create table event (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    title varchar(1000) not null,
    type varchar(30) not null,
    format varchar(20) not null,
    role varchar(20) not null,
    start_date date not null,
    end_date date,
    participants integer,
    participants_note varchar(500),
    location varchar(500),
    agreement_id bigint references agreement (id) on delete set null,
    description varchar(4000)
);
create index ix_event_unit on event (unit_code);
create index ix_event_start on event (start_date);
create index ix_event_agreement on event (agreement_id);

create table event_partner (
    event_id bigint not null references event (id) on delete cascade,
    position_index integer not null,
    partner_id bigint not null references partner (id),
    primary key (event_id, position_index)
);
create index ix_event_partner_partner on event_partner (partner_id);

create table event_bridge_point (
    event_id bigint not null references event (id) on delete cascade,
    position_index integer not null,
    place varchar(300) not null,
    country varchar(2) not null,
    primary key (event_id, position_index)
);
