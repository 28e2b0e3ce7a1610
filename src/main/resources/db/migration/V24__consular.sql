-- Consular work: entry approvals, support paid to citizens, foreign press visits, citizen protection cases.
create table entry_approval (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    decided_on date not null,
    approved integer not null,
    received integer not null,
    country varchar(2),
    purpose varchar(1000),
    decision_number varchar(100),
    note varchar(2000)
);
create index ix_entry_approval_unit on entry_approval (unit_code);
create index ix_entry_approval_decided on entry_approval (decided_on);

create table citizen_support (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    paid_on date not null,
    persons integer not null,
    amount numeric(24,4) not null,
    currency varchar(3) not null,
    programme varchar(500),
    note varchar(2000)
);
create index ix_citizen_support_unit on citizen_support (unit_code);
create index ix_citizen_support_paid on citizen_support (paid_on);

create table press_visit (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    start_date date not null,
    end_date date,
    countries varchar(200),
    members integer,
    agency varchar(500),
    purpose varchar(1000)
);
create index ix_press_visit_unit on press_visit (unit_code);
create index ix_press_visit_start on press_visit (start_date);

create table protection_case (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    opened_on date not null,
    country varchar(2),
    summary varchar(4000),
    status varchar(20) not null,
    closed_on date
);
create index ix_protection_case_unit on protection_case (unit_code);
create index ix_protection_case_opened on protection_case (opened_on);

create table protection_case_step (
    case_id bigint not null references protection_case (id) on delete cascade,
    position_index integer not null,
    step_date date,
    action varchar(2000),
    primary key (case_id, position_index)
);
