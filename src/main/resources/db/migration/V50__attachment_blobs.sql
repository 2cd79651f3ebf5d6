-- Attachments stored once by content: a file of up to 20 MB used by ten versions of an entry is
-- one row of catalogue_blob, and each version's catalogue_attachment row names it by its SHA-256
-- (name, position and type stay per version). The database checks that a blob's key is the
-- SHA-256 of its bytes, so the review's content hash of a version (which covers the attachments'
-- hashes, see catalogue_version_content_hash) always covers the bytes the public downloads.
create table catalogue_blob (
    sha256      char(64)    primary key,
    size_bytes  bigint      not null,
    content     bytea       not null,
    created_at  timestamptz not null default now(),
    constraint catalogue_blob_addressed check (encode(sha256(content), 'hex') = sha256),
    constraint catalogue_blob_size check (size_bytes = octet_length(content))
);

insert into catalogue_blob (sha256, size_bytes, content)
select distinct on (sha256) sha256, size_bytes, content
  from catalogue_attachment
 order by sha256, id;

alter table catalogue_attachment
    add constraint catalogue_attachment_blob_fk foreign key (sha256) references catalogue_blob (sha256);
create index catalogue_attachment_blob_idx on catalogue_attachment (sha256);

alter table catalogue_attachment drop column content;
