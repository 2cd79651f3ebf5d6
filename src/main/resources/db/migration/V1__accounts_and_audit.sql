-- Organs (机关), staff users and their roles, and the append-only event history.

create table organ (
    code        varchar(18)  primary key check (code ~ '^[0-9A-Za-z]{9,18}$'),
    name        varchar(200) not null,
    created_at  timestamptz  not null
);

create table staff_user (
    username      varchar(64)  primary key check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name  varchar(100) not null,
    organ_code    varchar(18)  not null references organ (code),
    password_hash varchar(400) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);
create index staff_user_organ_idx on staff_user (organ_code);

create table staff_user_role (
    username varchar(64) not null references staff_user (username) on delete cascade,
    role     varchar(16) not null check (role in ('EDITOR', 'OFFICER', 'REVIEWER', 'LEADER', 'ADMIN')),
    primary key (username, role)
);

-- Every state change of every feature leaves one row here, in the same transaction.
create table audit_event (
    id           bigserial    primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(64)  not null,
    organ_code   varchar(18),
    item_type    varchar(40)  not null,
    item_id      varchar(80)  not null,
    event_type   varchar(60)  not null,
    detail       text
);
create index audit_event_item_idx on audit_event (item_type, item_id, id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
