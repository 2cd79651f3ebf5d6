-- One check behind both publication gates (先审查、后公开, Art. 17 of the OGI Regulations): whether an
-- approved review task covers this version of this item with exactly this content hash. The gates
-- of V21 (catalogue entries and guides) and V40 (reply letters) each look up the version's hash in
-- their own table, insisting that the version belongs to the item, and ask this function; their
-- behaviour is unchanged.
create function review_approved(p_item_type text, p_item_id bigint, p_version_id bigint, p_content_hash text)
    returns boolean language sql stable as $$
    select p_content_hash is not null and exists (
        select 1
          from review_task t
         where t.item_type = p_item_type
           and t.item_id = p_item_id
           and t.version_id = p_version_id
           and t.status = 'APPROVED'
           and t.content_hash = p_content_hash)
$$;

create or replace function catalogue_publication_gate() returns trigger language plpgsql as $$
begin
    if new.published_version_id is not null and not review_approved('CATALOGUE_ENTRY', new.id,
            new.published_version_id,
            (select v.content_hash from catalogue_version v where v.id = new.published_version_id and v.entry_id = new.id)) then
        raise exception 'publication refused: version % of catalogue entry % has no approved review of its content',
            new.published_version_id, new.id using errcode = 'P0001';
    end if;
    return new;
end $$;

create or replace function request_release_gate() returns trigger language plpgsql as $$
begin
    if new.released_reply_id is not null and not review_approved('REPLY_LETTER', new.id,
            new.released_reply_id,
            (select r.content_hash from request_reply r where r.id = new.released_reply_id and r.request_id = new.id)) then
        raise exception 'release refused: reply letter % of request % has no approved review of its content',
            new.released_reply_id, new.id using errcode = 'P0001';
    end if;
    return new;
end $$;
