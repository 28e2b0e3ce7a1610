-- The public site's stamps: one row per province (and one for the whole country), given a new random
-- value in the same transaction as any write to a record the province's public pages show (the
-- country's row: a write that every province's pages may show, such as a partner's name or an FDI
-- project, which moves every province's rank). The pages are cached under the stamps they were
-- rendered with, so that every instance sharing the database sees a write at once.
create table public_version (
    unit_code varchar(40) primary key references org_unit (code),
    stamp bigint not null
);
insert into public_version (unit_code, stamp) select code, 0 from org_unit where level in ('COUNTRY', 'PROVINCE');

-- A province's public profile: the foreign-affairs office's contact and a short presentation.
create table public_profile (
    unit_code varchar(40) primary key references org_unit (code),
    version bigint not null,
    office_name varchar(300),
    address varchar(500),
    phone varchar(50),
    email varchar(200),
    website varchar(300),
    presentation_vi varchar(4000),
    presentation_en varchar(4000),
    updated_at timestamp with time zone,
    updated_by varchar(100)
);
