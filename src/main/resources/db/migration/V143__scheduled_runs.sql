-- A scheduled job that must run once per period however many nodes run it claims its period
-- here first; only the node whose claim is stored runs it. A claim left unfinished (the node
-- died) may be taken over after its time-out.
create table scheduled_run (
    job          varchar(80)  not null,
    slot         varchar(40)  not null,
    node         varchar(200) not null,
    claimed_at   timestamptz  not null,
    finished_at  timestamptz,
    primary key (job, slot)
);
