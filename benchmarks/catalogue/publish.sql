-- Step 2: publishes the staged entries lo < seq <= hi (seq: order of publication, see prepare.sql)
-- through the confidentiality review, set-based, in one transaction, with every trigger of the
-- schema in force (no session_replication_role, nothing disabled). Row ids are seq plus a base per
-- table (the largest id in use before the load), so the rows of one entry find each other and
-- newer entries have higher ids.
--   psql -v lo=0 -v hi=100000 -v entry_base=9 -v version_base=9 -v task_base=9 -v decision_base=9 -f publish.sql
\set ON_ERROR_STOP on
\timing on
begin;

-- 1. The entry, not yet public (the publication gate lets a row without a public version in).
insert into catalogue_entry (id, organ_code, kind, created_by, created_at)
select :entry_base + p.seq, p.organ_code, 'ENTRY', 'editor', (p.written_on + time '09:00') at time zone 'Asia/Shanghai'
  from bench_catalogue_plan p
 where p.seq > :lo and p.seq <= :hi;

-- 2. Its first version, submitted. content_hash is left out: the database computes it (trigger
--    catalogue_version_hash). The body is HTML, as the editor stores it.
insert into catalogue_version (id, entry_id, number, state, title, doc_no, written_on, formed_on, subject, genre,
                               validity, keywords, summary, body, disclosure_mode, sensitive, contributors,
                               created_by, created_at, updated_at)
select :version_base + p.seq, :entry_base + p.seq, 1, 'SUBMITTED', b.title, b.doc_no, b.written_on,
       b.written_on, b.subject, b.genre, b.validity, array_to_string(b.keywords, ' '), coalesce(b.summary, ''),
       '<p>' || replace(replace(replace(b.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</p>',
       '主动公开', false, 'editor', 'editor',
       (b.written_on + time '09:30') at time zone 'Asia/Shanghai', (b.written_on + time '09:30') at time zone 'Asia/Shanghai'
  from bench_catalogue_plan p
  join bench_catalogue_entry b on b.entry_id = p.entry_id
 where p.seq > :lo and p.seq <= :hi;

-- 3. Its review task, pending (trigger review_task_starts_pending), bound to the hash the
--    database computed for the version.
insert into review_task (id, item_type, item_id, version_id, organ_code, title, content_hash, status, sensitive,
                         chain, step, submitted_at, submitted_by, contributors)
select :task_base + p.seq, 'CATALOGUE_ENTRY', v.entry_id, v.id, p.organ_code, v.title, v.content_hash,
       'PENDING', false, 'REVIEWER', 1, v.created_at + interval '10 minutes', 'editor', 'editor'
  from bench_catalogue_plan p
  join catalogue_version v on v.id = :version_base + p.seq
 where p.seq > :lo and p.seq <= :hi;

-- 4. The reviewer's approval, one per step of the one-step chain.
insert into review_decision (id, task_id, step, role, decision, reason, decided_by, decided_at)
select :decision_base + p.seq, :task_base + p.seq, 1, 'REVIEWER', 'APPROVE', '经审查，同意公开（基准测试数据）',
       'reviewer', (p.published_on + time '08:30') at time zone 'Asia/Shanghai'
  from bench_catalogue_plan p
 where p.seq > :lo and p.seq <= :hi;

-- 5. The task approved (trigger review_task_guard counts one approving decision per chain step).
update review_task t
   set status = 'APPROVED', decided_at = d.decided_at
  from review_decision d
 where d.task_id = t.id
   and t.id > :task_base + :lo and t.id <= :task_base + :hi;

-- 6. The version approved (trigger catalogue_version_hash recomputes its hash, catalogue_version_frozen
--    checks it did not change).
update catalogue_version
   set state = 'APPROVED'
 where id > :version_base + :lo and id <= :version_base + :hi;

-- 7. The entry published with its index number (trigger catalogue_entry_gate: an approved task of
--    this entry, of this version, with the version's current hash).
update catalogue_entry e
   set published_version_id = :version_base + p.seq,
       working_version_id = :version_base + p.seq,
       index_no = p.organ_code || '/' || p.year || '-' || lpad(p.serial::text, 5, '0'),
       published_on = p.published_on,
       first_published_on = p.published_on
  from bench_catalogue_plan p
 where e.id = :entry_base + p.seq
   and p.seq > :lo and p.seq <= :hi;

commit;
