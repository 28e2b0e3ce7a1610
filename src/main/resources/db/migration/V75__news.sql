-- News of the foreign-information site (tin tức đối ngoại): written by officers as drafts, published
-- by an approver of the unit; the body is HTML cleaned when saved; a picture kept as a document.
create table news (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    language varchar(2) not null,
    title varchar(500) not null,
    summary varchar(2000),
    body varchar(100000),
    status varchar(20) not null,
    published_on date,
    published_by varchar(100),
    agreement_id bigint references agreement (id) on delete set null,
    delegation_id bigint references delegation (id) on delete set null,
    event_id bigint references event (id) on delete set null,
    doc_path varchar(500),
    doc_name varchar(300),
    doc_type varchar(200),
    doc_size bigint
);
create index ix_news_unit on news (unit_code, status, published_on);
create index ix_news_published on news (published_on);
create index ix_news_agreement on news (agreement_id);
