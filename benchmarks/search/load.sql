-- Loads generate.sh's CSV (on standard input) into a staging table with the columns of
-- SearchDocument, e.g.
--   gunzip -c /tmp/catalogue-entries.csv.gz | psql -d gongkai -f benchmarks/search/load.sql
-- The catalogue feature maps these columns onto its own tables (entries, versions, organs).
create table if not exists bench_catalogue_entry (
    entry_id      bigint       primary key,
    index_no      varchar(40)  not null,
    title         text         not null,
    doc_no        text,
    keywords      text[]       not null,
    summary       text,
    body          text         not null,
    organ_code    varchar(18)  not null,
    organ_name    text         not null,
    subject       text         not null,
    genre         text         not null,
    year          integer      not null,
    validity      text         not null,
    written_on    date         not null,
    published_on  date         not null
);
\copy bench_catalogue_entry from pstdin with (format csv, header true)
