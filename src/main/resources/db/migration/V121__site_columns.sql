-- Site columns (栏目) and their articles (政府网站发展指引, 国办发〔2017〕47号: every column has a
-- responsible unit and editor and an update cycle). An article is public only when an approved
-- review of item type ARTICLE covers its current content (先审查、后公开, Art. 17 of the OGI
-- Regulations); the trigger below refuses anything else.
create table site_column (
    code               varchar(40)  primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    name               varchar(100) not null,
    type               varchar(12)  not null check (type in ('NEWS', 'POLICY', 'PLAN', 'SERVICE', 'INTERACTION', 'TOPIC', 'OTHER')),
    organ_code         varchar(18)  not null references organ (code),
    editor             varchar(64)  not null references staff_user (username),
    backup_editor      varchar(64)  references staff_user (username),
    cycle_days         int          not null check (cycle_days between 1 and 366),
    contact_email      varchar(254),
    catalogue_subject  varchar(100),
    catalogue_genre    varchar(100),
    created_on         date         not null,
    created_at         timestamptz  not null
);

create table column_article (
    id            bigserial     primary key,
    column_code   varchar(40)   not null references site_column (code),
    title         varchar(200)  not null,
    body          varchar(50000) not null,
    source        varchar(200),
    content_hash  char(64)      not null,
    state         varchar(12)   not null check (state in ('IN_REVIEW', 'RETURNED', 'REJECTED', 'PUBLISHED')),
    written_by    varchar(64)   not null,
    written_at    timestamptz   not null,
    published_on  date
);
create index column_article_public_idx on column_article (column_code, published_on desc, id desc) where state = 'PUBLISHED';
create index column_article_latest_idx on column_article (published_on desc, id desc) where state = 'PUBLISHED';

-- Triggers fire in the order of their names: the hash first, then the gate.
create function column_article_hash() returns trigger language plpgsql as $$
begin
    new.content_hash := encode(sha256(convert_to(concat_ws(chr(30), new.title, new.body, coalesce(new.source, '')),
        'UTF8')), 'hex');
    return new;
end $$;
create trigger column_article_a_hash before insert or update on column_article
    for each row execute function column_article_hash();

create function column_article_gate() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.state = 'PUBLISHED' and (new.state <> 'PUBLISHED' or new.content_hash <> old.content_hash) then
        raise exception 'article % is published and cannot change', old.id using errcode = 'P0001';
    end if;
    if new.state = 'PUBLISHED' and (tg_op = 'INSERT' or old.state <> 'PUBLISHED')
            and not review_approved('ARTICLE', new.id, new.id, new.content_hash) then
        raise exception 'publication refused: article % has no approved review of its content', new.id
            using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger column_article_b_gate before insert or update on column_article
    for each row execute function column_article_gate();

-- One e-mail per warning and occasion (column, state and last publication; or inspection line and
-- month), in a cluster too: the node that inserts the claim sends it.
create table site_warning (
    warning_key  varchar(200) primary key,
    claimed_at   timestamptz  not null
);
