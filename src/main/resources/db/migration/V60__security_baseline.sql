-- Security baseline of a level-3 system (GB/T 22239-2019, 8.1.4 安全计算环境 and 8.1.10 安全管理中心).

-- 三员分立 (8.1.10.1-3: system, audit and security administration by separate administrators):
-- two new roles, and no account may hold more than one of the three administrator roles.
alter table staff_user_role drop constraint staff_user_role_role_check;
alter table staff_user_role add constraint staff_user_role_role_check
    check (role in ('EDITOR', 'OFFICER', 'REVIEWER', 'LEADER', 'ADMIN', 'SECURITY_ADMIN', 'AUDITOR'));
create unique index staff_user_one_administrator_role on staff_user_role (username)
    where role in ('ADMIN', 'SECURITY_ADMIN', 'AUDITOR');

-- Password history (8.1.4.1 a: 口令复杂度 and regular change): the hashes of a user's last
-- passwords, so that a new password cannot repeat one of the last five.
create table staff_password_history (
    id            bigserial    primary key,
    username      varchar(64)  not null references staff_user (username) on delete cascade,
    password_hash varchar(400) not null,
    set_at        timestamptz  not null
);
create index staff_password_history_user_idx on staff_password_history (username, id desc);

-- Sign-in throttling (8.1.4.1 b: 登录失败处理 — limit failed attempts, lock temporarily). One row
-- per username and one per client address; times come from the database, so every node agrees.
create table sign_in_failure (
    kind          varchar(8)   not null check (kind in ('USER', 'ADDRESS')),
    key           varchar(100) not null,
    failures      integer      not null,
    first_at      timestamptz  not null,
    locked_until  timestamptz,
    primary key (kind, key)
);

-- Addresses from which a user signed in successfully: the username lock does not apply there,
-- so that guessing from elsewhere cannot keep the real user out.
create table sign_in_known_address (
    username      varchar(64)  not null references staff_user (username) on delete cascade,
    address       varchar(100) not null,
    last_success  timestamptz  not null,
    primary key (username, address)
);

-- Wrong passcodes per tracking code: after a few the code is locked for a while, and even the
-- right passcode is refused until the lock ends.
create table passcode_failure (
    tracking_code varchar(40)  primary key,
    failures      integer      not null,
    first_at      timestamptz  not null,
    locked_until  timestamptz
);

-- Searching the audit trail by person and time (8.1.4.3 c: 审计记录的查询与分析).
create index audit_event_actor_idx on audit_event (actor, occurred_at);
create index audit_event_time_idx on audit_event (occurred_at);
