-- Step 1 of moving the staged entries (bench_catalogue_entry, see benchmarks/search/load.sql) into
-- the catalogue: the organs and subjects they refer to, and their index numbers.
--   psql -d gongkai_catalogue_bench -f benchmarks/catalogue/prepare.sql
\set ON_ERROR_STOP on

-- The generator's 40 organs (the demo organ 000014349 is one of them and stays as it is).
insert into organ (code, name, created_at)
select organ_code, min(organ_name), now()
  from bench_catalogue_entry
 group by organ_code
on conflict (code) do nothing;

-- Second-level subjects the generator uses that the seeded tree lacks (an editor could only pick
-- subjects of the tree); every top level it uses is seeded.
insert into subject (parent_id, name, position)
select p.id, c.child,
       coalesce((select max(s.position) from subject s where s.parent_id = p.id), 0)
           + row_number() over (partition by p.id order by c.child)
  from (select distinct split_part(subject, '/', 1) as top, split_part(subject, '/', 2) as child
          from bench_catalogue_entry where subject like '%/%') c
  join subject p on p.parent_id is null and p.name = c.top
 where not exists (select 1 from subject s where s.parent_id = p.id and s.name = c.child);

do $$
declare missing text;
begin
    select string_agg(distinct b.subject, ', ') into missing
      from bench_catalogue_entry b
     where not exists (select 1 from subject p left join subject c on c.parent_id = p.id
                        where p.parent_id is null
                          and b.subject = case when b.subject like '%/%' then p.name || '/' || c.name else p.name end);
    if missing is not null then
        raise exception 'subjects missing from the subject tree: %', missing;
    end if;
end $$;

-- The order of publication: entries get their ids (and index numbers) in the order they were
-- published, as in a portal that has been in use for years, where the newest entries have the
-- highest ids. seq numbers the staged entries in that order.
-- Index numbers {organ}/{year}-{5-digit serial}, the year being the year of publication (as
-- CataloguePublication gives them). The generator's own numbers have that format but are not
-- unique per organ and year (their serial is the entry number modulo 99,999 whatever the organ
-- and year), so they are built here: serials per organ and year in order of publication, after
-- any serial already handed out (the demo entries).
drop table if exists bench_catalogue_plan;
create table bench_catalogue_plan as
select row_number() over (order by b.published_on, b.entry_id) as seq,
       b.entry_id, b.organ_code, b.written_on, b.published_on, extract(year from b.published_on)::int as year,
       coalesce(n.last_serial, 0)
           + row_number() over (partition by b.organ_code, extract(year from b.published_on)
                                order by b.published_on, b.entry_id) as serial
  from bench_catalogue_entry b
  left join index_number_serial n on n.organ_code = b.organ_code and n.year = extract(year from b.published_on);
alter table bench_catalogue_plan add primary key (seq);

do $$
declare top int;
begin
    select max(serial) into top from bench_catalogue_plan;
    if top > 99999 then
        raise exception 'more than 99,999 entries of one organ in one year (%): index numbers would overflow', top;
    end if;
end $$;
