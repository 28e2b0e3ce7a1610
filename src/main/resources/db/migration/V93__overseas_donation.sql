-- Donations of overseas Vietnamese (kiều bào ủng hộ), each in its own currency.
create table overseas_donation (
    id bigint primary key,
    version bigint not null,
    ref varchar(200) not null unique,
    unit_code varchar(40) not null references org_unit (code),
    search_text varchar(4000),
    created_at timestamp with time zone,
    created_by varchar(100),
    updated_at timestamp with time zone,
    updated_by varchar(100),
    donor_id bigint references partner (id),
    donor_name varchar(300),
    received_on date not null,
    purpose varchar(1000),
    amount numeric(24,4) not null,
    currency varchar(3) not null,
    notes varchar(4000)
);
create index ix_overseas_donation_unit on overseas_donation (unit_code);
create index ix_overseas_donation_received on overseas_donation (received_on);
create index ix_overseas_donation_donor on overseas_donation (donor_id);
