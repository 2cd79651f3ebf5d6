-- The public Q&A desk (答疑台): messages written by anyone (consultations, suggestions, complaints,
-- error reports), screened and assigned by the office, answered by the unit, the answer released to
-- the writer and to the public only after the confidentiality review approves it (先审查、后公开,
-- Art. 17 of the OGI Regulations). The writer's name, phone and e-mail are SM4-encrypted by the
-- application (text columns); they never reach a public view.

-- The answer period of each kind, in working days: data, not code.
create table consult_kind_period (
    kind          varchar(16) primary key check (kind in ('CONSULTATION', 'SUGGESTION', 'COMPLAINT', 'CORRECTION')),
    working_days  int         not null check (working_days between 1 and 15)
);
insert into consult_kind_period (kind, working_days) values
    ('CONSULTATION', 5), ('SUGGESTION', 10), ('COMPLAINT', 10), ('CORRECTION', 3);

create table consult_message (
    id                 bigserial    primary key,
    query_code         varchar(20)  not null unique,
    kind               varchar(16)  not null,
    organ_code         varchar(18)  references organ (code),
    title              varchar(100) not null,
    content            varchar(5000) not null,
    writer_name        text         not null,
    phone              text,
    email              text,
    wants_public       boolean      not null,
    passcode_salt      varchar(32)  not null,
    passcode_hash      char(64)     not null,
    submitted_at       timestamptz  not null,
    received_on        date         not null,
    period_start       date         not null,
    due_on             date         not null,
    first_due_on       date         not null,
    extension_days     int          not null default 0,
    extension_reason   varchar(500),
    status             varchar(12)  not null check (status in ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'ANSWERED', 'INVALID')),
    invalid_reason     varchar(500),
    duplicate_of       varchar(20),
    round              int          not null default 1 check (round in (1, 2)),
    released_reply_id  bigint,
    first_replied_on   date,
    replied_on         date,
    satisfied          boolean,
    rating_comment     varchar(500),
    rated_round        int,
    faq                boolean      not null default false,
    search_text        tsvector
);
create index consult_message_queue_idx on consult_message (status, organ_code, due_on);
create index consult_message_public_idx on consult_message (organ_code, replied_on desc, id desc)
    where released_reply_id is not null and wants_public;
create index consult_message_received_idx on consult_message (received_on);
create index consult_message_search_idx on consult_message using gin (search_text);

-- Answers, one row per draft: the database computes the hash of what the writer will read.
create table consult_reply (
    id            bigserial    primary key,
    message_id    bigint       not null references consult_message (id),
    round         int          not null,
    text          varchar(10000) not null,
    content_hash  char(64)     not null,
    state         varchar(12)  not null check (state in ('IN_REVIEW', 'RETURNED', 'REJECTED', 'RELEASED')),
    drafted_by    varchar(64)  not null,
    drafted_at    timestamptz  not null,
    released_on   date
);
create index consult_reply_message_idx on consult_reply (message_id, id);

create function consult_reply_hash_trigger() returns trigger language plpgsql as $$
begin
    new.content_hash := encode(sha256(convert_to(new.text, 'UTF8')), 'hex');
    return new;
end $$;
create trigger consult_reply_hash before insert or update on consult_reply
    for each row execute function consult_reply_hash_trigger();

create function consult_reply_frozen() returns trigger language plpgsql as $$
begin
    if old.state = 'RELEASED' and (new.state <> 'RELEASED' or new.content_hash <> old.content_hash) then
        raise exception 'answer % is released and cannot change', old.id using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger consult_reply_frozen before update on consult_reply
    for each row execute function consult_reply_frozen();

alter table consult_message add constraint consult_message_reply_fk
    foreign key (released_reply_id) references consult_reply (id);

-- The release gate: an answer reaches the writer and the public only when an approved review task
-- of item type MESSAGE_REPLY covers this answer of this message with its current hash.
create function consult_release_gate() returns trigger language plpgsql as $$
begin
    if new.released_reply_id is not null and new.released_reply_id is distinct from old.released_reply_id
            and not review_approved('MESSAGE_REPLY', new.id, new.released_reply_id,
            (select r.content_hash from consult_reply r where r.id = new.released_reply_id and r.message_id = new.id)) then
        raise exception 'release refused: answer % of message % has no approved review of its content',
            new.released_reply_id, new.id using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger consult_message_gate before update of released_reply_id on consult_message
    for each row execute function consult_release_gate();

create function consult_insert_unreleased() returns trigger language plpgsql as $$
begin
    if new.released_reply_id is not null then
        raise exception 'a message is received without an answer' using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger consult_message_insert before insert on consult_message
    for each row execute function consult_insert_unreleased();

-- One e-mail warning per message, round and kind of warning, in a cluster too: the first node to
-- insert the claim sends it.
create table consult_warning (
    message_id  bigint      not null references consult_message (id),
    round       int         not null,
    warning     varchar(20) not null,
    claimed_at  timestamptz not null,
    primary key (message_id, round, warning)
);
