-- The confidentiality review (保密审查): one task per submitted version of an item (一事一审),
-- bound to that version's content hash, with its decision chain and every decision taken.

create table review_task (
    id            bigserial    primary key,
    item_type     varchar(40)  not null,
    item_id       bigint       not null,
    version_id    bigint       not null,
    organ_code    varchar(18)  not null references organ (code),
    title         varchar(500) not null,
    content_hash  char(64)     not null,
    status        varchar(16)  not null check (status in ('PENDING', 'APPROVED', 'RETURNED', 'REJECTED', 'WITHDRAWN')),
    sensitive     boolean      not null,
    chain         varchar(200) not null,
    step          int          not null check (step >= 1),
    submitted_at  timestamptz  not null,
    submitted_by  varchar(64)  not null,
    contributors  varchar(1000) not null,
    scanned_text  text         not null default '',
    findings      text         not null default '[]',
    decided_at    timestamptz,
    lock_version  bigint       not null default 0
);
create index review_task_queue_idx on review_task (organ_code, status, submitted_at);
create index review_task_item_idx on review_task (item_type, item_id, version_id);
-- One open task per version.
create unique index review_task_one_pending on review_task (item_type, version_id) where status = 'PENDING';

create table review_decision (
    id          bigserial    primary key,
    task_id     bigint       not null references review_task (id),
    step        int          not null,
    role        varchar(16)  not null,
    decision    varchar(16)  not null check (decision in ('APPROVE', 'RETURN', 'REJECT')),
    reason      varchar(2000) not null,
    decided_by  varchar(64)  not null,
    decided_at  timestamptz  not null,
    unique (task_id, step)
);

-- Which steps an organ's items go through: one-step for ordinary items, 初审 → 复审 → 批准 for
-- sensitive ones, unless the organ configures otherwise.
create table review_chain (
    organ_code  varchar(18)  not null references organ (code),
    item_type   varchar(40)  not null,
    sensitive   boolean      not null,
    steps       varchar(200) not null check (steps ~ '^(REVIEWER|LEADER)(,(REVIEWER|LEADER))*$'),
    primary key (organ_code, item_type, sensitive)
);

-- A task is approved only when every step of its chain has an approving decision, and what it
-- covers (item, version, content hash) never changes after submission.
create function review_task_guard() returns trigger language plpgsql as $$
begin
    if new.item_type <> old.item_type or new.item_id <> old.item_id or new.version_id <> old.version_id
            or new.content_hash <> old.content_hash or new.chain <> old.chain then
        raise exception 'review task % cannot be re-targeted', old.id using errcode = 'P0001';
    end if;
    if old.status <> 'PENDING' and new.status <> old.status then
        raise exception 'review task % is already decided', old.id using errcode = 'P0001';
    end if;
    if new.status = 'APPROVED' and old.status <> 'APPROVED' and (
            select count(*) from review_decision d
             where d.task_id = new.id and d.decision = 'APPROVE')
            <> array_length(string_to_array(new.chain, ','), 1) then
        raise exception 'review task % lacks an approving decision for each step', old.id using errcode = 'P0001';
    end if;
    return new;
end $$;

create trigger review_task_guard before update on review_task
    for each row execute function review_task_guard();

-- Every task starts pending: an approval exists only through decisions.
create function review_task_starts_pending() returns trigger language plpgsql as $$
begin
    if new.status <> 'PENDING' then
        raise exception 'a review task starts pending' using errcode = 'P0001';
    end if;
    return new;
end $$;

create trigger review_task_starts_pending before insert on review_task
    for each row execute function review_task_starts_pending();
