-- The border: gates (cửa khẩu) and their closures, incidents, friendship pairs of border communes.
create table border_gate (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    name varchar(300) not null,
    kind varchar(20) not null,
    country varchar(2) not null,
    counterpart varchar(300),
    notes varchar(4000)
);
create index ix_border_gate_unit on border_gate (unit_code);

create table border_gate_closure (
    gate_id bigint not null references border_gate (id) on delete cascade,
    position_index integer not null,
    closed_from date not null,
    closed_to date,
    reason varchar(1000),
    primary key (gate_id, position_index)
);
create index ix_border_gate_closure_days on border_gate_closure (gate_id, closed_from, closed_to);

create table border_incident (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    gate_id bigint references border_gate (id),
    incident_date date not null,
    summary varchar(4000) not null,
    resolved_on date,
    resolution varchar(1000)
);
create index ix_border_incident_unit on border_incident (unit_code);
create index ix_border_incident_date on border_incident (incident_date);
create index ix_border_incident_gate on border_incident (gate_id);

create table friendship_pair (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    partner_id bigint not null references partner (id),
    established_on date not null,
    ended_on date,
    notes varchar(4000)
);
create index ix_friendship_pair_unit on friendship_pair (unit_code);
create index ix_friendship_pair_partner on friendship_pair (partner_id);
