-- Every finding of the pre-scan is resolved before a task is approved: masked in the content (then
-- the next version's scan no longer finds it) or accepted by the step's reviewer with a reason,
-- recorded here with the task (保密审查, Art. 17 of the OGI Regulations).
create table review_finding_acceptance (
    task_id       bigint        not null references review_task (id),
    finding_index int           not null check (finding_index >= 0),
    reason        varchar(1000) not null,
    accepted_by   varchar(64)   not null,
    accepted_at   timestamptz   not null,
    primary key (task_id, finding_index)
);
