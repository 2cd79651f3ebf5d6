-- One outbox for every e-mail the portal sends (notices to applicants, reminders and warnings to
-- staff). A mail is written in the transaction of the step it tells about, claimed by one server
-- for a short lease in a transaction of its own, sent after that commit, then marked sent; a server
-- that dies holding a lease leaves the mail to another once the lease runs out. The recipient is
-- personal data: encrypted like the applicant's address, and erased once the mail is sent.
create table mail_outbox (
    id              bigserial     primary key,
    item_type       varchar(40)   not null,
    item_id         varchar(64)   not null,
    kind            varchar(40)   not null,
    recipient       text,
    subject         varchar(300)  not null,
    body            text          not null,
    queued_at       timestamptz   not null,
    next_attempt_at timestamptz   not null,
    claimed_until   timestamptz,
    claimed_by      varchar(80),
    attempts        int           not null default 0,
    sent_at         timestamptz,
    last_failure    varchar(300)
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at, id) where sent_at is null;
create index mail_outbox_item_idx on mail_outbox (item_type, item_id);

-- Notices of the request feature still waiting are carried over with the applicant's address
-- (already encrypted the same way); the old table goes.
insert into mail_outbox (item_type, item_id, kind, recipient, subject, body, queued_at, next_attempt_at, attempts)
select 'DISCLOSURE_REQUEST', n.request_id::text, n.kind, r.email, n.subject, n.body, n.created_at,
       n.next_attempt_at, n.attempts
  from request_notice n join disclosure_request r on r.id = n.request_id
 where n.sent_at is null and r.email is not null;
drop table request_notice;
