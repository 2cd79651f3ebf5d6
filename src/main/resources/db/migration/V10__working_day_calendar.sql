-- The working-day calendar. Monday to Friday are working days, Saturday and Sunday are not, unless
-- the State Council's holiday notice for the year says otherwise: its days off (放假) and its
-- make-up working days (调休上班) are the rows of calendar_day. A year has a row in calendar_year
-- once its notice is entered; dates in other years count weekends only (provisional answers).
--
-- One table for both kinds of day, keyed by the date: a date can never be both off and working.

create table calendar_year (
    year        integer      primary key check (year between 2000 and 2100),
    updated_at  timestamptz  not null,
    updated_by  varchar(64)  not null
);

create table calendar_day (
    day   date         primary key,
    year  integer      not null references calendar_year (year) on delete cascade,
    kind  varchar(8)   not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name  varchar(30),
    constraint calendar_day_in_its_year check (extract(year from day) = year),
    constraint calendar_day_holiday_named check (kind = 'WORKDAY' or name is not null),
    -- A make-up working day replaces a weekend day; a weekday is a working day anyway.
    constraint calendar_day_workday_on_weekend check (kind = 'HOLIDAY' or extract(isodow from day) in (6, 7))
);
create index calendar_day_year_idx on calendar_day (year);

-- The 2025 and 2026 notices of the State Council General Office (domain.md §3).
insert into calendar_year (year, updated_at, updated_by) values
    (2025, current_timestamp, 'system'),
    (2026, current_timestamp, 'system');

insert into calendar_day (day, year, kind, name)
select d::date, extract(year from d)::integer, s.kind, s.name
from (values
    -- 2025
    (date '2025-01-01', date '2025-01-01', 'HOLIDAY', '元旦'),
    (date '2025-01-28', date '2025-02-04', 'HOLIDAY', '春节'),
    (date '2025-01-26', date '2025-01-26', 'WORKDAY', '春节调休'),
    (date '2025-02-08', date '2025-02-08', 'WORKDAY', '春节调休'),
    (date '2025-04-04', date '2025-04-06', 'HOLIDAY', '清明节'),
    (date '2025-05-01', date '2025-05-05', 'HOLIDAY', '劳动节'),
    (date '2025-04-27', date '2025-04-27', 'WORKDAY', '劳动节调休'),
    (date '2025-05-31', date '2025-06-02', 'HOLIDAY', '端午节'),
    (date '2025-10-01', date '2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
    (date '2025-09-28', date '2025-09-28', 'WORKDAY', '国庆节、中秋节调休'),
    (date '2025-10-11', date '2025-10-11', 'WORKDAY', '国庆节、中秋节调休'),
    -- 2026
    (date '2026-01-01', date '2026-01-03', 'HOLIDAY', '元旦'),
    (date '2026-01-04', date '2026-01-04', 'WORKDAY', '元旦调休'),
    (date '2026-02-15', date '2026-02-23', 'HOLIDAY', '春节'),
    (date '2026-02-14', date '2026-02-14', 'WORKDAY', '春节调休'),
    (date '2026-02-28', date '2026-02-28', 'WORKDAY', '春节调休'),
    (date '2026-04-04', date '2026-04-06', 'HOLIDAY', '清明节'),
    (date '2026-05-01', date '2026-05-05', 'HOLIDAY', '劳动节'),
    (date '2026-05-09', date '2026-05-09', 'WORKDAY', '劳动节调休'),
    (date '2026-06-19', date '2026-06-21', 'HOLIDAY', '端午节'),
    (date '2026-09-25', date '2026-09-27', 'HOLIDAY', '中秋节'),
    (date '2026-10-01', date '2026-10-07', 'HOLIDAY', '国庆节'),
    (date '2026-09-20', date '2026-09-20', 'WORKDAY', '国庆节调休'),
    (date '2026-10-10', date '2026-10-10', 'WORKDAY', '国庆节调休')
) as s (first_day, last_day, kind, name),
    generate_series(s.first_day::timestamp, s.last_day::timestamp, interval '1 day') as d;

insert into audit_event (occurred_at, actor, organ_code, item_type, item_id, event_type, detail)
select current_timestamp, 'system', null, 'CALENDAR_YEAR', y.year::text, 'CALENDAR_YEAR_SEEDED',
       'holidays=' || count(*) filter (where d.kind = 'HOLIDAY')
           || ' workdays=' || count(*) filter (where d.kind = 'WORKDAY') || ' (migration V10)'
from calendar_year y join calendar_day d on d.year = y.year
group by y.year;
