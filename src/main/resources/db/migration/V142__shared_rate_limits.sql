-- Rate limits counted in the database, so that N nodes allow what one node allows (issue 15).
-- One row per accepted event; the key is a hash (client addresses are not kept as such). Rows
-- older than the window are deleted as events of the same limit arrive.
create table rate_limit_event (
    name  varchar(40)  not null,
    key   char(64)     not null,
    at    timestamptz  not null
);
create index rate_limit_event_key on rate_limit_event (name, key, at);
create index rate_limit_event_age on rate_limit_event (name, at);
