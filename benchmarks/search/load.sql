-- Loads generate.sh's CSV into a staging table with the columns of SearchDocument, e.g.
--   psql -d gongkai -v file=/tmp/catalogue-entries.csv -f benchmarks/search/load.sql
-- (for a .csv.gz file, -v file= a named pipe that gunzip writes into: see benchmarks/catalogue/run.sh).
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
-- psql does not expand variables in a \copy line: the line is assembled in a variable first.
\set copy_entries '\\copy bench_catalogue_entry from ' :'file' ' with (format csv, header true)'
:copy_entries
