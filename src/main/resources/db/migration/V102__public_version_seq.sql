-- The public site keeps the stamps of public_version in memory (publicsite.PublicStamps): every write
-- gives a row a new random stamp and raises its sequence by one, so that of two values heard for a
-- row (from this instance's own commit, or from another instance's notice) the later one wins.
alter table public_version add column seq bigint not null default 0;
