-- Catalogue entries whose search index entry must be brought up to date. A row is written in the
-- same transaction as the catalogue change (so no update is lost on a crash) and deleted once the
-- index holds the change. Rows are applied in id order; several rows of one entry are harmless.
create table search_pending (
    id         bigserial    primary key,
    entry_id   bigint       not null,
    queued_at  timestamptz  not null
);
