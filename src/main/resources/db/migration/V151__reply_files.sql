-- The reply delivers the disclosed files (Art. 40 of the OGI Regulations: information is provided in
-- the form the applicant asked for, e.g. through the platform): the officer attaches them to the
-- request, the next drafted letter lists them, and they are reviewed and released with it.
-- Files are stored once by content, like the catalogue's attachments.
create table request_file_blob (
    sha256     char(64) primary key,
    size_bytes bigint   not null,
    content    bytea    not null
);

create table request_reply_file (
    id         bigserial     primary key,
    request_id bigint        not null references disclosure_request (id),
    file_name  varchar(200)  not null,
    media_type varchar(100)  not null,
    size_bytes bigint        not null,
    sha256     char(64)      not null references request_file_blob (sha256),
    added_by   varchar(64)   not null,
    added_at   timestamptz   not null
);
create index request_reply_file_request_idx on request_reply_file (request_id, id);

-- The files a letter delivers: one line per file, "id:sha256:name", fixed when the letter is drafted
-- and covered by the letter's hash, so that the review approves the files with the letter.
alter table request_reply add column files text not null default '';

create or replace function request_reply_hash_trigger() returns trigger language plpgsql as $$
begin
    if new.files = '' then
        new.content_hash := encode(sha256(convert_to(concat_ws(chr(30), new.outcome, coalesce(new.reason, ''),
            coalesce(new.refer_to, ''), new.letter), 'UTF8')), 'hex');
    else
        new.content_hash := encode(sha256(convert_to(concat_ws(chr(30), new.outcome, coalesce(new.reason, ''),
            coalesce(new.refer_to, ''), new.letter, new.files), 'UTF8')), 'hex');
    end if;
    return new;
end $$;
