-- The disclosure catalogue (公开目录): entries, their versions, attachments and subjects.
-- The public sees an entry only through published_version_id, which the database accepts only
-- when it points at a version whose current content an approved review task covers.

create table subject (
    id        serial       primary key,
    parent_id int          references subject (id),
    name      varchar(60)  not null,
    position  int          not null,
    unique (parent_id, name)
);
create unique index subject_top_name on subject (name) where parent_id is null;

create table catalogue_entry (
    id                   bigserial    primary key,
    organ_code           varchar(18)  not null references organ (code),
    index_no             varchar(40)  unique,
    published_version_id bigint,
    working_version_id   bigint,
    published_on         date,
    first_published_on   date,
    withdrawn_on         date,
    withdrawal_reason    varchar(1000),
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null,
    lock_version         bigint       not null default 0
);
create index catalogue_entry_organ_idx on catalogue_entry (organ_code);
create index catalogue_entry_public_idx on catalogue_entry (published_on desc, id desc)
    where published_version_id is not null and withdrawn_on is null;

-- Index numbers are {organ code}/{year}-{5-digit serial}: serial per organ per year, never reused.
create table index_number_serial (
    organ_code varchar(18) not null references organ (code),
    year       int         not null,
    last_serial int        not null,
    primary key (organ_code, year)
);

create table catalogue_version (
    id              bigserial     primary key,
    entry_id        bigint        not null references catalogue_entry (id),
    number          int           not null,
    state           varchar(16)   not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'REJECTED', 'APPROVED', 'SUPERSEDED')),
    title           varchar(300)  not null,
    doc_no          varchar(100),
    written_on      date,
    formed_on       date          not null,
    subject         varchar(130)  not null,
    genre           varchar(40)   not null,
    validity        varchar(8)    not null check (validity in ('有效', '失效', '废止')),
    keywords        varchar(500)  not null default '',
    summary         varchar(2000) not null default '',
    body            text          not null default '',
    disclosure_mode varchar(16)   not null check (disclosure_mode in ('主动公开', '依申请公开', '不予公开')),
    sensitive       boolean       not null default false,
    content_hash    char(64)      not null,
    contributors    varchar(1000) not null,
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    lock_version    bigint        not null default 0,
    unique (entry_id, number)
);
create index catalogue_version_entry_idx on catalogue_version (entry_id, number desc);

alter table catalogue_entry add constraint catalogue_entry_published_fk
    foreign key (published_version_id) references catalogue_version (id);
alter table catalogue_entry add constraint catalogue_entry_working_fk
    foreign key (working_version_id) references catalogue_version (id);

create table catalogue_attachment (
    id           bigserial    primary key,
    version_id   bigint       not null references catalogue_version (id) on delete cascade,
    position     int          not null,
    file_name    varchar(200) not null,
    media_type   varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    content      bytea        not null,
    unique (version_id, position)
);

-- The content hash of a version, computed by the database itself from the content and the
-- attachments' hashes: the application's idea of "this exact version" cannot drift from it.
create function catalogue_version_content_hash(v catalogue_version) returns char(64)
language sql stable as $$
    select encode(sha256(convert_to(concat_ws(chr(30),
        v.title, coalesce(v.doc_no, ''), coalesce(to_char(v.written_on, 'YYYY-MM-DD'), ''),
        to_char(v.formed_on, 'YYYY-MM-DD'), v.subject, v.genre, v.validity, v.keywords, v.summary,
        v.body, v.disclosure_mode,
        coalesce((select string_agg(a.sha256 || ':' || a.file_name, ',' order by a.position)
                  from catalogue_attachment a where a.version_id = v.id), '')), 'UTF8')), 'hex')
$$;

create function catalogue_version_hash_trigger() returns trigger language plpgsql as $$
begin
    new.content_hash := catalogue_version_content_hash(new);
    return new;
end $$;

create trigger catalogue_version_hash before insert or update on catalogue_version
    for each row execute function catalogue_version_hash_trigger();

-- Attachments are part of the content: changing them re-hashes their version.
create function catalogue_attachment_rehash() returns trigger language plpgsql as $$
begin
    update catalogue_version set content_hash = content_hash
     where id = coalesce(new.version_id, old.version_id);
    return null;
end $$;

create trigger catalogue_attachment_changed after insert or update or delete on catalogue_attachment
    for each row execute function catalogue_attachment_rehash();

-- The publication gate (先审查、后公开, Art. 17 of the OGI Regulations): a public version must be
-- covered by an approved review task of this entry, of this version, with its current hash.
create function catalogue_publication_gate() returns trigger language plpgsql as $$
begin
    if new.published_version_id is not null then
        if not exists (
            select 1
              from review_task t
              join catalogue_version v on v.id = t.version_id
             where t.item_type = 'CATALOGUE_ENTRY'
               and t.item_id = new.id
               and t.version_id = new.published_version_id
               and t.status = 'APPROVED'
               and v.entry_id = new.id
               and t.content_hash = v.content_hash) then
            raise exception 'publication refused: version % of catalogue entry % has no approved review of its content',
                new.published_version_id, new.id using errcode = 'P0001';
        end if;
    end if;
    return new;
end $$;

create trigger catalogue_entry_gate before insert or update of published_version_id on catalogue_entry
    for each row execute function catalogue_publication_gate();

-- An approved version never changes and never goes back to being a draft: edits go to a new version.
create function catalogue_version_frozen() returns trigger language plpgsql as $$
begin
    if old.state in ('APPROVED', 'SUPERSEDED') and new.state not in ('APPROVED', 'SUPERSEDED') then
        raise exception 'version % is approved and stays so', old.id using errcode = 'P0001';
    end if;
    if new.content_hash is distinct from old.content_hash and (old.state in ('APPROVED', 'SUPERSEDED')
            or exists (select 1 from catalogue_entry e where e.published_version_id = old.id)) then
        raise exception 'version % is approved and cannot change', old.id using errcode = 'P0001';
    end if;
    return new;
end $$;

create trigger catalogue_version_frozen after update on catalogue_version
    for each row execute function catalogue_version_frozen();

-- gov.cn's 22 top-level subjects (主题分类) with a second level where portals commonly use one.
insert into subject (name, position) values
    ('国务院组织机构', 1), ('综合政务', 2), ('国民经济管理、国有资产监管', 3), ('财政、金融、审计', 4),
    ('国土资源、能源', 5), ('农业、林业、水利', 6), ('工业、交通', 7), ('商贸、海关、旅游', 8),
    ('市场监管、安全生产监管', 9), ('城乡建设、环境保护', 10), ('科技、教育', 11),
    ('文化、广电、新闻出版', 12), ('卫生、体育', 13), ('人口与计划生育、妇女儿童工作', 14),
    ('劳动、人事、监察', 15), ('公安、安全、司法', 16), ('民政、扶贫、救灾', 17), ('民族、宗教', 18),
    ('对外事务', 19), ('港澳台侨工作', 20), ('国防', 21), ('其他', 22);

insert into subject (parent_id, name, position)
select s.id, c.name, c.position
  from subject s
  join (values
        ('综合政务', '政务公开', 1), ('综合政务', '政务督查', 2), ('综合政务', '应急管理', 3),
        ('财政、金融、审计', '财政', 1), ('财政、金融、审计', '审计', 2),
        ('科技、教育', '科技', 1), ('科技、教育', '教育', 2),
        ('城乡建设、环境保护', '城乡建设', 1), ('城乡建设、环境保护', '环境监测、保护与治理', 2),
        ('卫生、体育', '卫生', 1), ('卫生、体育', '体育', 2),
        ('劳动、人事、监察', '就业', 1), ('劳动、人事、监察', '人事工作', 2),
        ('民政、扶贫、救灾', '社会救助', 1), ('民政、扶贫、救灾', '扶贫', 2)
       ) as c(parent, name, position) on s.name = c.parent and s.parent_id is null;
