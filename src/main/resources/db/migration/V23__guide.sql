-- The disclosure guide (公开指南, Art. 12) is a catalogue entry of its own kind, one per organ: it
-- goes through the same versions, confidentiality review and publication gate as any entry.
alter table catalogue_entry add column kind varchar(8) not null default 'ENTRY' check (kind in ('ENTRY', 'GUIDE'));
create unique index catalogue_entry_one_guide on catalogue_entry (organ_code) where kind = 'GUIDE';
