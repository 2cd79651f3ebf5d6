-- Rate limits counted in the database, so that N nodes allow what one node allows (issue 15).
-- A limit's window is cut into 60 buckets; a row counts the accepted events of one key (a hash:
-- client addresses are not kept as such) in one bucket. A check reads at most 61 rows, however high
-- the limit; buckets older than the window are deleted as events of the same limit arrive.
create table rate_limit_bucket (
    name    varchar(40)  not null,
    key     char(64)     not null,
    bucket  timestamptz  not null,
    events  integer      not null,
    primary key (name, key, bucket)
);
create index rate_limit_bucket_age on rate_limit_bucket (name, bucket);
