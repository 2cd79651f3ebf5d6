-- Step 4 (after vacuum and analyze: without statistics the planner joins the million rows badly):
-- every staged entry is public now, with an approved review of its current content; then the
-- staging tables are dropped.
\set ON_ERROR_STOP on
-- Every staged entry is public now, with an approved review of its current content.
do $$
declare expected bigint; public bigint;
begin
    select count(*) into expected from bench_catalogue_entry;
    select count(*) into public
      from catalogue_entry e
      join catalogue_version v on v.id = e.published_version_id
      join review_task t on t.version_id = v.id and t.item_type = 'CATALOGUE_ENTRY' and t.status = 'APPROVED'
                        and t.content_hash = v.content_hash
     where e.withdrawn_on is null and e.kind = 'ENTRY' and v.created_by = 'editor' and v.state = 'APPROVED';
    if public < expected then
        raise exception 'only % of % staged entries are public', public, expected;
    end if;
end $$;

drop table bench_catalogue_plan;
drop table bench_catalogue_entry;
