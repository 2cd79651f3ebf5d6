-- The search index of every node follows one change log (issue 15: a cluster of nodes on one
-- database). search_pending keeps its rows until every live node has applied them; each row
-- carries the transaction that wrote it, and nodes read in (transaction, id) order only what
-- transactions already over have written, so a transaction that commits late is never skipped.
alter table search_pending add column tx xid8 not null default pg_current_xact_id();
create index search_pending_log on search_pending (tx, id);

-- Each node's cursor: everything at or before (tx, id) is in its index. seen_at is the database's
-- clock; a node not seen for ten minutes no longer holds back the pruning.
create table search_node (
    node     varchar(64)  primary key,
    host     varchar(200) not null,
    tx       xid8         not null,
    id       bigint       not null,
    seen_at  timestamptz  not null
);

-- Rows of transactions below this one may have been pruned: a node whose cursor is lower rebuilds.
create table search_log_pruned (
    only_row  boolean primary key default true check (only_row),
    below     xid8    not null
);
insert into search_log_pruned (below) values ('0'::xid8);
