-- The information work (政务信息报送与考评): units' information officers submit items, the office's
-- information section adopts them into its publications and compiles issues, records adoptions by
-- higher levels and leaders' instructions, commissions articles; every point is a ledger row that is
-- appended and never changed, under the year's scoring rules kept in versions.

create table info_publication (
    code        varchar(40)  primary key check (code ~ '^[A-Z0-9_]{2,40}$'),
    name        varchar(200) not null,
    level       varchar(10)  not null check (level in ('COUNTY', 'CITY', 'PROVINCE', 'STATE')),
    is_public   boolean      not null,
    -- The office that compiles it; null for a higher level's publication (上级刊物) that adopts items.
    organ_code  varchar(18)  references organ (code),
    created_at  timestamptz  not null
);

create table info_commission (
    id          bigserial    primary key,
    topic       varchar(300) not null,
    deadline    date         not null,
    year        int          not null,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null
);
create index info_commission_year on info_commission (year, deadline);

create table info_item (
    id               bigserial    primary key,
    organ_code       varchar(18)  not null references organ (code),
    author           varchar(64)  not null,
    title            varchar(300) not null,
    body             text         not null,
    type             varchar(20)  not null check (type in ('DYNAMIC', 'BRIEFING', 'EXPERIENCE', 'PROBLEM', 'RESEARCH', 'COMMISSIONED')),
    negative         boolean      not null default false,
    commission_id    bigint       references info_commission (id),
    status           varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'DECLINED', 'ADOPTED')),
    signer           varchar(100),
    submitted_at     timestamptz,
    submitted_on     date,
    year             int,
    month            int,
    body_hash        char(64),
    return_reason    varchar(1000),
    decline_reason   varchar(1000),
    publication_code varchar(40)  references info_publication (code),
    adopted_form     varchar(10)  check (adopted_form in ('SINGLE', 'COMBINED')),
    adopted_title    varchar(300),
    adopted_body     text,
    adopted_on       date,
    adopted_by       varchar(64),
    created_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index info_item_organ_status on info_item (organ_code, status, id desc);
create index info_item_year_organ on info_item (year, month, organ_code);
create index info_item_status on info_item (status, submitted_at);
create index info_item_body_hash on info_item (body_hash) where body_hash is not null;
create index info_item_commission on info_item (commission_id) where commission_id is not null;
create index info_item_adopted_on on info_item (adopted_on) where adopted_on is not null;

-- The other units of a joint item (合报); the item's own organ leads.
create table info_item_joint (
    item_id     bigint      not null references info_item (id),
    organ_code  varchar(18) not null references organ (code),
    primary key (item_id, organ_code)
);
create index info_item_joint_organ on info_item_joint (organ_code);

create table info_upward (
    id               bigserial   primary key,
    item_id          bigint      not null references info_item (id),
    publication_code varchar(40) not null references info_publication (code),
    adopted_on       date        not null,
    route            varchar(10) not null check (route in ('DIRECT', 'FORWARDED')),
    recorded_by      varchar(64) not null,
    recorded_at      timestamptz not null,
    unique (item_id, publication_code)
);

create table info_instruction (
    id             bigserial     primary key,
    item_id        bigint        not null references info_item (id),
    leader         varchar(100)  not null,
    level          varchar(10)   not null check (level in ('COUNTY', 'CITY', 'PROVINCE', 'STATE')),
    text           varchar(2000) not null,
    given_on       date          not null,
    feedback_due   date          not null,
    feedback       varchar(4000),
    feedback_at    timestamptz,
    feedback_by    varchar(64),
    recorded_by    varchar(64)   not null,
    recorded_at    timestamptz   not null
);
create index info_instruction_item on info_instruction (item_id);
create index info_instruction_given on info_instruction (given_on);
create index info_instruction_open on info_instruction (feedback_due) where feedback is null;

create table info_commission_organ (
    commission_id  bigint      not null references info_commission (id),
    organ_code     varchar(18) not null references organ (code),
    status         varchar(10) not null check (status in ('OPEN', 'ANSWERED', 'MISSED')),
    item_id        bigint      references info_item (id),
    primary key (commission_id, organ_code)
);
create index info_commission_organ_organ on info_commission_organ (organ_code, status);

create table info_issue (
    id               bigserial    primary key,
    publication_code varchar(40)  not null references info_publication (code),
    year             int          not null,
    number           int          not null,
    organ_code       varchar(18)  not null references organ (code),
    issued_on        date         not null,
    content          text         not null,
    content_hash     char(64)     not null,
    status           varchar(10)  not null check (status in ('INTERNAL', 'IN_REVIEW', 'PUBLISHED', 'RETURNED')),
    published_at     timestamptz,
    compiled_by      varchar(64)  not null,
    compiled_at      timestamptz  not null,
    unique (publication_code, year, number)
);
create index info_issue_published on info_issue (published_at desc) where published_at is not null;

create table info_issue_item (
    issue_id  bigint not null references info_issue (id),
    item_id   bigint not null references info_item (id),
    position  int    not null,
    primary key (issue_id, item_id)
);
create index info_issue_item_item on info_issue_item (item_id);

-- The content hash of an issue is the database's, over the text that was compiled and reviewed.
create function info_issue_hash() returns trigger language plpgsql as $$
begin
    new.content_hash := encode(sha256(convert_to(new.content, 'UTF8')), 'hex');
    return new;
end $$;
create trigger info_issue_hash before insert or update of content on info_issue
    for each row execute function info_issue_hash();

-- An issue of a public publication is published only with an approved confidentiality review of
-- exactly its content (先审查、后公开, Art. 17 of the OGI Regulations).
create function info_issue_publication_gate() returns trigger language plpgsql as $$
begin
    if new.published_at is not null and not review_approved('INFO_ISSUE', new.id, new.id, new.content_hash) then
        raise exception 'publication refused: issue % has no approved review of its content', new.id
            using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger info_issue_publication_gate before insert or update on info_issue
    for each row execute function info_issue_publication_gate();

-- The year's scoring rules, one row per version; a change is a new version.
create table info_rules (
    year        int         not null,
    version     int         not null check (version >= 1),
    rules       text        not null,
    created_by  varchar(64) not null,
    created_at  timestamptz not null,
    primary key (year, version)
);

-- Urgent-information faults (迟报, 漏报, 瞒报, 误报), once per incident and kind.
create table info_urgent_fault (
    incident_id  bigint        not null,
    fault_kind   varchar(10)   not null check (fault_kind in ('LATE', 'MISSED', 'CONCEALED', 'FALSE')),
    organ_code   varchar(18)   not null references organ (code),
    year         int           not null,
    reason       varchar(1000) not null,
    recorded_at  timestamptz   not null,
    primary key (incident_id, fault_kind)
);
create index info_urgent_fault_year on info_urgent_fault (year, organ_code);

-- The points ledger: every row appended, none changed or removed. source_key names the fact a row
-- scores (the item's submission, its adoption, an instruction level, …); the points of a fact are
-- the sum of its rows, so a rule change appends corrections.
create table info_ledger (
    id            bigserial     primary key,
    organ_code    varchar(18)   not null references organ (code),
    year          int           not null,
    month         int           not null check (month between 1 and 12),
    at            timestamptz   not null,
    points        numeric(10,2) not null,
    kind          varchar(30)   not null,
    correction    boolean       not null default false,
    source_key    varchar(80)   not null,
    item_id       bigint        references info_item (id),
    cause         varchar(1000) not null,
    rule_version  int           not null
);
create index info_ledger_organ_year on info_ledger (organ_code, year, id);
create index info_ledger_year_month on info_ledger (year, month, organ_code);
create index info_ledger_source on info_ledger (year, source_key, organ_code);

create function info_ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the points ledger is appended only' using errcode = 'P0001';
end $$;
create trigger info_ledger_append_only before update or delete on info_ledger
    for each row execute function info_ledger_append_only();
