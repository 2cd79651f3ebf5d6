-- 100,000 requests of 2025 (plus 5,000 received in December 2024 and carried over) spread over
-- 20 organs, every outcome row, every applicant column, every channel; about 4 % still open, some
-- closed in 2026; and 2,000 published catalogue entries of 2025 for the dashboard's Art. 26 figures.
-- Personal fields are placeholders: neither the report nor the statistics read them.
insert into organ (code, name, created_at)
select 'BENCH' || lpad(o::text, 6, '0'), '基准测试机关' || o, now() from generate_series(1, 20) o
on conflict do nothing;

with reasons(n, outcome, reason) as (values
    (0, 'GRANTED', null), (1, 'ALREADY_PUBLIC', null), (2, 'PARTLY_GRANTED', 'THIRD_PARTY_RIGHTS'),
    (3, 'REFUSED', 'STATE_SECRET'), (4, 'REFUSED', 'LAW_FORBIDS'), (5, 'REFUSED', 'ENDANGERS_SECURITY'),
    (6, 'REFUSED', 'THIRD_PARTY_RIGHTS'), (7, 'REFUSED', 'INTERNAL_AFFAIRS'), (8, 'REFUSED', 'PROCESS_INFORMATION'),
    (9, 'REFUSED', 'ENFORCEMENT_FILE'), (10, 'REFUSED', 'ADMINISTRATIVE_QUERY'), (11, 'CANNOT_PROVIDE', 'INFORMATION_DOES_NOT_EXIST'),
    (12, 'NOT_THIS_ORGAN', null), (13, 'CANNOT_PROVIDE', 'NEEDS_CREATION'), (14, 'CANNOT_PROVIDE', 'STILL_UNCLEAR'),
    (15, 'NOT_PROCESSED', 'PETITION'), (16, 'NOT_PROCESSED', 'REPEAT_APPLICATION'), (17, 'NOT_PROCESSED', 'PUBLICATION'),
    (18, 'NOT_PROCESSED', 'EXCESSIVE_APPLICATIONS'), (19, 'NOT_PROCESSED', 'CONFIRM_OR_REISSUE'),
    (20, 'OTHER', 'SUPPLEMENT_OVERDUE'), (21, 'OTHER', 'FEE_UNPAID'), (22, 'OTHER', 'OTHER')),
cats(n, category) as (values (0, null), (1, 'COMMERCIAL_ENTERPRISE'), (2, 'RESEARCH_INSTITUTION'),
    (3, 'PUBLIC_WELFARE_ORG'), (4, 'LEGAL_SERVICE_ORG'), (5, 'OTHER')),
g as (
    select i,
           case when i <= 100000 then date '2025-01-01' + (i % 365) else date '2024-12-01' + (i % 31) end as received,
           ((i * 7) % 23) as reason_n, (i % 6) as cat_n, (i % 20) + 1 as organ_n,
           (array['ONLINE', 'IN_PERSON', 'MAIL', 'FAX'])[1 + i % 4] as channel
      from generate_series(1, 105000) i)
insert into disclosure_request (tracking_code, organ_code, channel, passcode_salt, passcode_hash, applicant_type,
    applicant_category, applicant_name, id_type, id_number, credit_code, applicant_key, description, delivery_form,
    delivery_method, submitted_at, received_on, first_received_on, status, due_on, outcome, outcome_reason, closed_on,
    extension_state, extension_days, extension_requested_on, fee_method, fee_amount, fee_noticed_on, fee_paid_on)
select 'B-' || g.i, 'BENCH' || lpad(g.organ_n::text, 6, '0'), g.channel, repeat('0', 32), repeat('0', 64),
       case when c.category is null then 'NATURAL_PERSON' else 'LEGAL_PERSON' end, c.category, 'bench',
       case when c.category is null then 'ID_CARD' end, case when c.category is null then 'bench' end,
       case when c.category is null then null else 'bench' end, repeat('1', 64), '基准测试申请', 'ELECTRONIC', 'ONLINE',
       g.received::timestamptz, g.received, g.received,
       case when g.i % 25 = 0 then 'PROCESSING' else 'CLOSED' end,
       g.received + 28,
       case when g.i % 25 = 0 then null else r.outcome end,
       case when g.i % 25 = 0 then null else r.reason end,
       case when g.i % 25 = 0 then null else g.received + (g.i % 40) end,
       case when g.i % 50 = 1 then 'APPROVED' end, case when g.i % 50 = 1 then 20 end,
       case when g.i % 50 = 1 then g.received + 15 end,
       case when g.i % 200 = 3 then 'PER_PAGE' end, case when g.i % 200 = 3 then 100 end,
       case when g.i % 200 = 3 then g.received + 5 end, case when g.i % 400 = 3 then g.received + 9 end
  from g join reasons r on r.n = g.reason_n join cats c on c.n = g.cat_n;

insert into request_consultation (request_id, party, sent_on, answered_on, objection, created_by)
select id, '第三方', received_on + 3, received_on + 10, false, 'bench'
  from disclosure_request where tracking_code like 'B-%' and id % 30 = 0;

analyze disclosure_request;
analyze request_consultation;
