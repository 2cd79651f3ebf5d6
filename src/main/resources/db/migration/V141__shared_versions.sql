-- Data every node keeps in memory (the working-day calendar, the sensitive-term list) gets a
-- version number that the database itself raises with every change of its tables, in the changing
-- transaction. Each node compares the numbers every two seconds and reloads what changed, so a
-- change made on one node is seen by all (issue 15: a cluster of nodes on one database).
create table shared_version (
    name     varchar(64) primary key,
    version  bigint      not null default 0
);
insert into shared_version (name) values ('calendar'), ('sensitive_terms');

create function bump_shared_version() returns trigger language plpgsql as $$
begin
    update shared_version set version = version + 1 where name = tg_argv[0];
    return null;
end
$$;

create trigger calendar_year_shared after insert or update or delete or truncate on calendar_year
    for each statement execute function bump_shared_version('calendar');
create trigger calendar_day_shared after insert or update or delete or truncate on calendar_day
    for each statement execute function bump_shared_version('calendar');
create trigger sensitive_term_shared after insert or update or delete or truncate on sensitive_term
    for each statement execute function bump_shared_version('sensitive_terms');
