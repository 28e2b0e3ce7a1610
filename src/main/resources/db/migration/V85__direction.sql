-- Direction and capacity (issue 13): the province's policy documents (văn bản chỉ đạo, điều hành),
-- the tasks they assign to its agencies and communes with their progress notes, and training courses.
create table policy_document (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    kind varchar(20) not null,
    number varchar(100) not null,
    issued_on date not null,
    issuer varchar(300),
    title varchar(1000) not null,
    summary varchar(4000),
    doc_path varchar(500),
    doc_name varchar(300),
    doc_type varchar(200),
    doc_size bigint,
    task_revision integer not null
);
create index ix_policy_document_unit on policy_document (unit_code);
create index ix_policy_document_issued on policy_document (issued_on);

create sequence document_task_seq start with 1000 increment by 50;

create table document_task (
    id bigint primary key,
    document_id bigint not null references policy_document (id) on delete cascade,
    position_index integer not null,
    ref varchar(200) not null,
    assignee varchar(40) not null references org_unit (code),
    title varchar(1000) not null,
    due_on date not null,
    done_on date
);
create index ix_document_task_document on document_task (document_id);
create index ix_document_task_assignee on document_task (assignee);
create index ix_document_task_due on document_task (due_on);

create table document_task_note (
    task_id bigint not null references document_task (id) on delete cascade,
    position_index integer not null,
    noted_on date not null,
    noted_by varchar(100),
    note_text varchar(2000) not null,
    primary key (task_id, position_index)
);

create table training (
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
    start_date date not null,
    end_date date,
    trainees integer,
    organiser varchar(300),
    location varchar(500),
    notes varchar(4000)
);
create index ix_training_unit on training (unit_code);
create index ix_training_start on training (start_date);
