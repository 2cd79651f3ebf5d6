-- The sensitive-term list the pre-scan matches (maintained by administrators).
create table sensitive_term (
    term      varchar(100) primary key,
    added_by  varchar(64)  not null,
    added_at  timestamptz  not null
);
