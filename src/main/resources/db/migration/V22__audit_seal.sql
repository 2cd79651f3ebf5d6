-- Tamper evidence for the history: events are sealed in batches into a hash chain (each seal
-- covers the event and the previous seal). Sealing may only fill in the seal columns once.

alter table audit_event add column seal_seq bigint unique;
alter table audit_event add column prev_hash char(64);
alter table audit_event add column hash char(64);
create index audit_event_unsealed_idx on audit_event (id) where seal_seq is null;

create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.seal_seq is null and new.seal_seq is not null
       and new.id = old.id and new.occurred_at = old.occurred_at and new.actor = old.actor
       and new.organ_code is not distinct from old.organ_code and new.item_type = old.item_type
       and new.item_id = old.item_id and new.event_type = old.event_type
       and new.detail is not distinct from old.detail then
        return new;
    end if;
    raise exception 'audit_event is append-only';
end $$;
