-- Step 3: index-number serials and id sequences moved past what the load used, so that later
-- publications through the portal do not collide. (Then run.sh vacuums and analyzes the tables,
-- and check.sql verifies the load.)
\set ON_ERROR_STOP on
insert into index_number_serial (organ_code, year, last_serial)
select organ_code, year, max(serial) from bench_catalogue_plan group by organ_code, year
on conflict (organ_code, year) do update
    set last_serial = greatest(index_number_serial.last_serial, excluded.last_serial);

select setval('catalogue_entry_id_seq', (select max(id) from catalogue_entry));
select setval('catalogue_version_id_seq', (select max(id) from catalogue_version));
select setval('review_task_id_seq', (select max(id) from review_task));
select setval('review_decision_id_seq', (select max(id) from review_decision));
