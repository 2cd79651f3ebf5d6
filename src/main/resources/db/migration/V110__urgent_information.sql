-- Urgent information (紧急信息): incidents reported by a unit's information officer within the
-- window of their grade (2 hours from learning of them, by phone first), the written reports
-- (初报, 续报, 终报), the faults (迟报, 漏报, 瞒报, 误报), leaders' instructions, and the reminders
-- claimed once per incident and kind (also in a cluster).

create table urgent_window (
    name        varchar(32) primary key,
    minutes     integer     not null check (minutes between 1 and 10080),
    changed_at  timestamptz not null,
    changed_by  varchar(64) not null,
    check (name in ('PARTICULARLY_SERIOUS', 'SERIOUS', 'LARGER', 'GENERAL', 'PHONE_FIRST'))
);
insert into urgent_window (name, minutes, changed_at, changed_by) values
    ('PARTICULARLY_SERIOUS', 120, now(), 'system'),
    ('SERIOUS', 120, now(), 'system'),
    ('LARGER', 120, now(), 'system'),
    ('GENERAL', 120, now(), 'system'),
    ('PHONE_FIRST', 30, now(), 'system');

create table urgent_incident (
    id                 bigserial primary key,
    organ_code         varchar(18)  not null references organ (code),
    origin             varchar(16)  not null check (origin in ('REPORTED', 'MISSED')),
    status             varchar(16)  not null check (status in ('AWAITING', 'REPORTED', 'CLOSED')),
    title              varchar(200) not null,
    grade              varchar(32)  check (grade in ('PARTICULARLY_SERIOUS', 'SERIOUS', 'LARGER', 'GENERAL')),
    category           varchar(100),
    occurred_at        timestamptz,
    learned_at         timestamptz  not null,
    place              varchar(200),
    summary            text,
    casualties         text,
    measures           text,
    leaders_on_site    varchar(500),
    source             varchar(500),
    window_minutes     integer      not null,
    phone_minutes      integer      not null,
    due_by             timestamptz  not null,
    phone_due_by       timestamptz  not null,
    phone_at           timestamptz,
    phone_caller       varchar(100),
    phone_received_by  varchar(100),
    phone_logged_by    varchar(64),
    written_at         timestamptz,
    written_by         varchar(64),
    signer             varchar(100),
    late_minutes       integer,
    closed_at          timestamptz,
    created_at         timestamptz  not null,
    created_by         varchar(64)  not null,
    version            bigint       not null default 0
);
-- the duty board and the unit's list: open incidents by deadline
create index urgent_incident_open on urgent_incident (due_by) where status <> 'CLOSED';
create index urgent_incident_organ on urgent_incident (organ_code, due_by);
create index urgent_incident_all on urgent_incident (due_by);
-- the reminder round: incidents still waiting for the written report
create index urgent_incident_awaiting on urgent_incident (due_by) where written_at is null and origin = 'REPORTED';

create table urgent_report (
    id           bigserial primary key,
    incident_id  bigint      not null references urgent_incident (id),
    kind         varchar(16) not null check (kind in ('FIRST', 'UPDATE', 'FINAL')),
    text         text        not null,
    at           timestamptz not null,
    by_user      varchar(64) not null
);
create index urgent_report_incident on urgent_report (incident_id, at);

create table urgent_fault (
    id            bigserial primary key,
    incident_id   bigint       not null references urgent_incident (id),
    organ_code    varchar(18)  not null references organ (code),
    year          integer      not null,
    kind          varchar(16)  not null check (kind in ('LATE', 'MISSED', 'CONCEALED', 'FALSE')),
    reason        varchar(2000) not null,
    late_minutes  integer,
    recorded_at   timestamptz  not null,
    recorded_by   varchar(64)  not null,
    unique (incident_id, kind)
);
create index urgent_fault_organ_year on urgent_fault (organ_code, year, recorded_at);
create index urgent_fault_recorded on urgent_fault (recorded_at);

create table urgent_instruction (
    id             bigserial primary key,
    incident_id    bigint        not null references urgent_incident (id),
    leader         varchar(100)  not null,
    text           varchar(4000) not null,
    given_on       date          not null,
    feedback_due   date          not null,
    feedback       text,
    feedback_at    timestamptz,
    feedback_by    varchar(64),
    recorded_at    timestamptz   not null,
    recorded_by    varchar(64)   not null
);
create index urgent_instruction_incident on urgent_instruction (incident_id, id);
create index urgent_instruction_waiting on urgent_instruction (feedback_due) where feedback is null;

-- one row per reminder sent: the primary key makes each (incident, kind) go out once
create table urgent_reminder (
    incident_id  bigint      not null references urgent_incident (id),
    kind         varchar(16) not null check (kind in ('UNIT_BEFORE', 'OFFICE_DUE')),
    claimed_at   timestamptz not null,
    recipients   integer     not null,
    primary key (incident_id, kind)
);

-- where a unit's reminders go (staff accounts carry no e-mail address)
create table urgent_organ_mail (
    organ_code  varchar(18)  primary key references organ (code),
    address     varchar(254) not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(64)  not null
);
