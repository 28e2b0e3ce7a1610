-- Drafts of the periodic report (issue 16): the officer's texts by section and choices of issue,
-- their approval, and what the approved report froze (its figures, its Word and PDF files).
create table report_draft (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    period_from date not null,
    period_to date not null,
    include_merged boolean not null,
    language varchar(5) not null,
    status varchar(20) not null,
    issuer_above varchar(300),
    issuer varchar(300),
    symbol varchar(60),
    place varchar(200),
    issued_on date,
    subject varchar(1000),
    recipients varchar(6100),
    signer_title varchar(200),
    signer_name varchar(200),
    number_unit varchar(40),
    number_year integer,
    number_seq integer,
    approval_number varchar(100),
    approved_on date,
    approved_by varchar(100),
    frozen_figures text,
    docx_path varchar(500),
    docx_name varchar(300),
    docx_type varchar(200),
    docx_size bigint,
    pdf_path varchar(500),
    pdf_name varchar(300),
    pdf_type varchar(200),
    pdf_size bigint,
    constraint uq_report_draft_number unique (number_unit, number_year, number_seq)
);
create index ix_report_draft_unit on report_draft (unit_code);

create table report_draft_text (
    draft_id bigint not null references report_draft (id) on delete cascade,
    section_key varchar(200) not null,
    body text,
    primary key (draft_id, section_key)
);

-- The last number given to a unit's reports in a year ("Số: 12/BC-SNgV"): the row is locked by the
-- approval that takes the next number, so two approvals never take the same one.
create table report_number (
    unit_code varchar(40) not null,
    number_year integer not null,
    last_number integer not null,
    primary key (unit_code, number_year)
);
