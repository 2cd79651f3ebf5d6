-- Disclosure on application (依申请公开, Art. 27-45 of the OGI Regulations): requests with their
-- applicant (personal data: shown to the organ's officers only), the reply clock's facts, the
-- consultations of third parties, the reply letters that go through the confidentiality review,
-- the e-mail notices to applicants and the due-date warnings to officers.

create table disclosure_request (
    id                         bigserial     primary key,
    tracking_code              varchar(20)   not null unique,
    organ_code                 varchar(18)   not null references organ (code),
    channel                    varchar(12)   not null check (channel in ('ONLINE', 'IN_PERSON', 'MAIL', 'FAX')),
    passcode_salt              char(32)      not null,
    passcode_hash              char(64)      not null,
    applicant_type             varchar(16)   not null check (applicant_type in ('NATURAL_PERSON', 'LEGAL_PERSON')),
    applicant_category         varchar(32)   check (applicant_category in ('COMMERCIAL_ENTERPRISE',
                                   'RESEARCH_INSTITUTION', 'PUBLIC_WELFARE_ORG', 'LEGAL_SERVICE_ORG', 'OTHER')),
    applicant_name             varchar(200)  not null,
    id_type                    varchar(12)   check (id_type in ('ID_CARD', 'PASSPORT', 'OTHER')),
    id_number                  varchar(40),
    credit_code                char(18),
    contact_name               varchar(100),
    phone                      varchar(30),
    email                      varchar(254),
    address                    varchar(300),
    -- SHA-256 of the normalised identity number or credit code: counts an applicant's applications
    -- per month for the fees without a second copy of the number.
    applicant_key              char(64)      not null,
    description                varchar(4000) not null,
    doc_no                     varchar(100),
    delivery_form              varchar(12)   not null check (delivery_form in ('ELECTRONIC', 'PAPER')),
    delivery_method            varchar(12)   not null check (delivery_method in ('EMAIL', 'POST', 'PICKUP', 'ONLINE')),
    submitted_at               timestamptz   not null,
    registered_by              varchar(64),
    -- The start of the running reply period: the receipt date, or the receipt of the corrected application.
    received_on                date          not null,
    first_received_on          date          not null,
    status                     varchar(24)   not null check (status in ('PROCESSING', 'AWAITING_SUPPLEMENT',
                                   'CONSULTING', 'AWAITING_FEE', 'REPLY_IN_REVIEW', 'CLOSED')),
    -- As last computed from the facts below; overdue and working days left are computed, never stored.
    due_on                     date,
    due_provisional            boolean       not null default false,
    supplementation_items      text,
    supplementation_sent_on    date,
    supplementation_deadline   date,
    supplemented_on            date,
    supplement_text            varchar(4000),
    extension_state            varchar(12)   check (extension_state in ('REQUESTED', 'APPROVED', 'REFUSED')),
    extension_days             int           check (extension_days between 1 and 20),
    extension_reason           varchar(1000),
    extension_requested_by     varchar(64),
    extension_requested_on     date,
    extension_decided_by       varchar(64),
    extension_decided_on       date,
    extension_note             varchar(1000),
    fee_method                 varchar(16)   check (fee_method in ('PER_APPLICATION', 'PER_PAGE')),
    fee_pages                  int,
    fee_amount                 numeric(12, 2),
    fee_noticed_on             date,
    fee_paid_on                date,
    outcome                    varchar(20)   check (outcome in ('GRANTED', 'PARTLY_GRANTED', 'REFUSED', 'CANNOT_PROVIDE',
                                   'NOT_PROCESSED', 'OTHER', 'ALREADY_PUBLIC', 'NOT_THIS_ORGAN')),
    outcome_reason             varchar(40),
    closed_on                  date,
    released_reply_id          bigint,
    lock_version               bigint        not null default 0,
    check ((applicant_type = 'NATURAL_PERSON' and id_number is not null)
        or (applicant_type = 'LEGAL_PERSON' and credit_code is not null and applicant_category is not null)),
    check ((status = 'CLOSED') = (outcome is not null))
);
-- The application takes ids 50 at a time (one round trip to the database per 50 filings): each
-- value the sequence returns is the last id of its block, so it starts at 50.
alter sequence disclosure_request_id_seq increment by 50 restart with 50;
create index disclosure_request_queue_idx on disclosure_request (organ_code, status, due_on);
create index disclosure_request_applicant_idx on disclosure_request (applicant_key, received_on);

create table request_consultation (
    id           bigserial    primary key,
    request_id   bigint       not null references disclosure_request (id),
    party        varchar(300) not null,
    sent_on      date         not null,
    answered_on  date,
    objection    boolean,
    created_by   varchar(64)  not null,
    closed_by    varchar(64),
    check (answered_on is null or answered_on >= sent_on)
);
create index request_consultation_request_idx on request_consultation (request_id, id);

-- Reply letters (告知书), one row per drafted version; the letter text is what the review approves.
create table request_reply (
    id            bigserial     primary key,
    request_id    bigint        not null references disclosure_request (id),
    number        int           not null,
    outcome       varchar(20)   not null,
    reason        varchar(40),
    text          varchar(20000) not null,
    refer_to      varchar(200),
    letter        text          not null,
    content_hash  char(64)      not null,
    state         varchar(12)   not null check (state in ('IN_REVIEW', 'RETURNED', 'REJECTED', 'RELEASED')),
    drafted_by    varchar(64)   not null,
    drafted_on    date          not null,
    drafted_at    timestamptz   not null,
    released_on   date,
    unique (request_id, number)
);

-- The hash of a letter, computed by the database from what the applicant will read.
create function request_reply_hash_trigger() returns trigger language plpgsql as $$
begin
    new.content_hash := encode(sha256(convert_to(concat_ws(chr(30), new.outcome, coalesce(new.reason, ''),
        coalesce(new.refer_to, ''), new.letter), 'UTF8')), 'hex');
    return new;
end $$;

create trigger request_reply_hash before insert or update on request_reply
    for each row execute function request_reply_hash_trigger();

-- A released letter never changes.
create function request_reply_frozen() returns trigger language plpgsql as $$
begin
    if old.state = 'RELEASED' and (new.state <> 'RELEASED' or new.content_hash <> old.content_hash) then
        raise exception 'reply letter % is released and cannot change', old.id using errcode = 'P0001';
    end if;
    return new;
end $$;

create trigger request_reply_frozen before update on request_reply
    for each row execute function request_reply_frozen();

alter table disclosure_request add constraint disclosure_request_reply_fk
    foreign key (released_reply_id) references request_reply (id);

-- The release gate (先审查、后公开, Art. 17): a letter reaches the applicant only when an approved
-- review task covers this letter of this request with its current hash.
create function request_release_gate() returns trigger language plpgsql as $$
begin
    if new.released_reply_id is not null then
        if not exists (
            select 1
              from review_task t
              join request_reply r on r.id = t.version_id
             where t.item_type = 'REPLY_LETTER'
               and t.item_id = new.id
               and t.version_id = new.released_reply_id
               and t.status = 'APPROVED'
               and r.request_id = new.id
               and t.content_hash = r.content_hash) then
            raise exception 'release refused: reply letter % of request % has no approved review of its content',
                new.released_reply_id, new.id using errcode = 'P0001';
        end if;
    end if;
    return new;
end $$;

create trigger disclosure_request_gate before insert or update of released_reply_id on disclosure_request
    for each row execute function request_release_gate();

-- E-mail notices to applicants: written in the transaction of the step they tell about, sent after
-- it commits and retried until the SMTP server takes them. The address is read from the request
-- at sending time, so it is stored once.
create table request_notice (
    id              bigserial     primary key,
    request_id      bigint        not null references disclosure_request (id),
    kind            varchar(40)   not null,
    subject         varchar(300)  not null,
    body            text          not null,
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null
);
create index request_notice_pending_idx on request_notice (next_attempt_at) where sent_at is null;

-- Due-date warnings to the organ's officers and leaders, once per request, due date and threshold.
create table request_warning (
    request_id       bigint       not null references disclosure_request (id),
    due_on           date         not null,
    days_before      int          not null,
    created_at       timestamptz  not null,
    primary key (request_id, due_on, days_before)
);
