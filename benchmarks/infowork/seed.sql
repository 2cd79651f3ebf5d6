-- A county's year of information work, seeded straight into the tables: 200 units, 60,000 items
-- submitted over 2026 (one in five a joint item of two units), 15,000 adopted by the county's
-- publication, 1,500 adopted by the city's, 3,000 leaders' instructions, 24 commissions, the rules
-- and a ledger that matches them (submission 1, single adoption 5, combined 3, city 15, instruction
-- 5/10, missed commission -10). Run once on a freshly migrated database.
\set ON_ERROR_STOP on
begin;
insert into organ (code, name, created_at)
select 'BENCH' || lpad(n::text, 4, '0'), '基准单位' || n, now() from generate_series(1, 200) n;

insert into info_publication (code, name, level, is_public, organ_code, created_at) values
    ('BZWXX', '基准县政务信息', 'COUNTY', false, '000014349', now()),
    ('BSZXX', '基准市政务信息', 'CITY', false, null, now());

insert into info_rules (year, version, rules, created_by, created_at) values (2026, 1,
    '{"year":2026,"submission":1,"adoption":[{"publication":"BZWXX","single":5,"combined":3},{"publication":"BSZXX","single":15,"combined":10}],'
    || '"instruction":{"COUNTY":5,"CITY":10,"PROVINCE":20,"STATE":50},"forwardedMultiplier":1,"negativeBonus":2,"commissionMissed":-10,'
    || '"urgent":{"LATE":-5,"MISSED":-10,"CONCEALED":-20,"FALSE":-10},"blocksAward":["MISSED","CONCEALED","FALSE"],'
    || '"targets":{' || (select string_agg('"BENCH' || lpad(n::text, 4, '0') || '":300', ',') from generate_series(1, 200) n) || '}}',
    'admin', now());

-- items: n = 1..60000; unit n % 200; day spread over the year; every 4th adopted (15,000)
insert into info_item (id, organ_code, author, title, body, type, negative, status, signer, submitted_at, submitted_on,
                       year, month, body_hash, publication_code, adopted_form, adopted_title, adopted_body, adopted_on,
                       adopted_by, created_at)
select n, 'BENCH' || lpad((1 + n % 200)::text, 4, '0'), 'bench', '基准信息' || n, '基准信息正文，第' || n || '条。',
       (array['DYNAMIC','BRIEFING','EXPERIENCE','PROBLEM','RESEARCH'])[1 + n % 5], n % 10 = 0,
       case when n % 4 = 0 then 'ADOPTED' when n % 7 = 0 then 'DECLINED' else 'SUBMITTED' end, '单位负责人',
       d::timestamp at time zone 'Asia/Shanghai' + interval '10 hours', d, 2026, extract(month from d)::int,
       md5(n::text) || md5((n + 1)::text),
       case when n % 4 = 0 then 'BZWXX' end, case when n % 4 = 0 then (case when n % 8 = 0 then 'COMBINED' else 'SINGLE' end) end,
       case when n % 4 = 0 then '基准信息' || n end, case when n % 4 = 0 then '基准信息正文，第' || n || '条。' end,
       case when n % 4 = 0 then least(d + 3, date '2026-12-31') end, case when n % 4 = 0 then 'infoeditor' end, now()
from (select n, date '2026-01-01' + (n % 365) d from generate_series(1, 60000) n) s;
select setval('info_item_id_seq', 60000);

insert into info_item_joint (item_id, organ_code)
select n, 'BENCH' || lpad((1 + (n + 1) % 200)::text, 4, '0') from generate_series(5, 60000, 5) n;

insert into info_upward (item_id, publication_code, adopted_on, route, recorded_by, recorded_at)
select n, 'BSZXX', least(date '2026-01-01' + (n % 365) + 10, date '2026-12-31'), 'FORWARDED', 'infoeditor', now()
from generate_series(40, 60000, 40) n;

insert into info_instruction (item_id, leader, level, text, given_on, feedback_due, feedback, feedback_at, feedback_by, recorded_by, recorded_at)
select n, '领导' || (n % 9), case when n % 3 = 0 then 'CITY' else 'COUNTY' end, '请抓紧落实。',
       least(date '2026-01-01' + (n % 365) + 5, date '2026-12-31'), least(date '2026-01-01' + (n % 365) + 20, date '2026-12-31'),
       case when n % 2 = 0 then '已落实。' end, case when n % 2 = 0 then now() end, case when n % 2 = 0 then 'bench' end, 'infoeditor', now()
from generate_series(20, 60000, 20) n;

insert into info_commission (id, topic, deadline, year, created_by, created_at)
select c, '基准约稿' || c, date '2026-01-15' + (c - 1) * 15, 2026, 'infoeditor', now() from generate_series(1, 24) c;
select setval('info_commission_id_seq', 24);
insert into info_commission_organ (commission_id, organ_code, status)
select c, 'BENCH' || lpad(u::text, 4, '0'), case when (c + u) % 10 = 0 then 'MISSED' else 'ANSWERED' end
from generate_series(1, 24) c, generate_series(1, 200, 10) u;

insert into info_urgent_fault (incident_id, fault_kind, organ_code, year, reason, recorded_at)
select 1000 + u, (array['LATE','MISSED','CONCEALED','FALSE'])[1 + u % 4], 'BENCH' || lpad(u::text, 4, '0'), 2026, '基准紧急信息差错', now()
from generate_series(3, 200, 17) u;

-- the ledger, as the portal books it (joint items split to the cent, the lead unit first)
create temporary table fact (key text, kind text, item bigint, y int, m int, points numeric, organs text[], cause text);
insert into fact
select 'SUB:' || i.id, 'SUBMISSION', i.id, i.year, i.month, 1, array[i.organ_code] || coalesce(j.organs, '{}'), '报送信息《' || i.title || '》'
from info_item i left join (select item_id, array_agg(organ_code order by organ_code) organs from info_item_joint group by item_id) j on j.item_id = i.id;
insert into fact
select 'ADOPT:' || i.id, 'ADOPTION', i.id, 2026, extract(month from i.adopted_on)::int,
       (case when i.adopted_form = 'SINGLE' then 5 else 3 end) + (case when i.negative then 2 else 0 end),
       array[i.organ_code] || coalesce(j.organs, '{}'), '《基准县政务信息》采用《' || i.adopted_title || '》'
from info_item i left join (select item_id, array_agg(organ_code order by organ_code) organs from info_item_joint group by item_id) j on j.item_id = i.id
where i.status = 'ADOPTED';
insert into fact
select 'UP:' || u.item_id || ':BSZXX', 'UPWARD_CITY', u.item_id, 2026, extract(month from u.adopted_on)::int, 15 + (case when i.negative then 2 else 0 end),
       array[i.organ_code] || coalesce(j.organs, '{}'), '市级《基准市政务信息》采用'
from info_upward u join info_item i on i.id = u.item_id
left join (select item_id, array_agg(organ_code order by organ_code) organs from info_item_joint group by item_id) j on j.item_id = i.id;
insert into fact
select 'INSTR:' || n.item_id || ':' || n.level, 'INSTRUCTION_' || n.level, n.item_id, 2026, extract(month from n.given_on)::int,
       case when n.level = 'CITY' then 10 else 5 end, array[i.organ_code] || coalesce(j.organs, '{}'), '领导批示'
from info_instruction n join info_item i on i.id = n.item_id
left join (select item_id, array_agg(organ_code order by organ_code) organs from info_item_joint group by item_id) j on j.item_id = i.id;
insert into fact
select 'COMM:' || co.commission_id || ':' || co.organ_code, 'COMMISSION_MISSED', null, 2026, extract(month from c.deadline)::int, -10,
       array[co.organ_code], '约稿逾期未报'
from info_commission_organ co join info_commission c on c.id = co.commission_id where co.status = 'MISSED';
insert into fact
select 'URG:' || incident_id || ':' || fault_kind, 'URGENT_' || fault_kind, null, 2026, 6,
       case fault_kind when 'LATE' then -5 when 'CONCEALED' then -20 else -10 end, array[organ_code], '紧急信息差错'
from info_urgent_fault;

insert into info_ledger (organ_code, year, month, at, points, kind, correction, source_key, item_id, cause, rule_version)
select f.organs[k], f.y, f.m, now(),
       (floor(f.points * 100 / cardinality(f.organs)) + case when k <= (f.points * 100)::bigint % cardinality(f.organs) then 1 else 0 end) / 100,
       f.kind, false, f.key, f.item, f.cause, 1
from fact f, generate_subscripts(f.organs, 1) k
order by f.key, k;
commit;
analyze;
