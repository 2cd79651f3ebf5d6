-- The 法定主动公开内容 column of a catalogue entry's version (Art. 19–20 of the OGI Regulations, as
-- the 基层政务公开标准目录 practice arranges them), e.g. '法规文件/规范性文件'; null when unclassified.
alter table catalogue_version add column statutory_column varchar(100);
create index catalogue_version_column_idx on catalogue_version (statutory_column);
