-- The annual report on open government information (政府信息公开工作年度报告, Art. 49-50 of the OGI
-- Regulations; format of 国办公开办函〔2021〕30号): what officers write and enter per organ and year,
-- the versions frozen for the confidentiality review, the administrative reconsideration and
-- litigation cases recorded against requests, and the indexes of the year's counts.

create table annual_report (
    id                   bigserial    primary key,
    organ_code           varchar(18)  not null references organ (code),
    year                 int          not null check (year between 2008 and 2200),
    -- section 一, 五, 六: the officers' text
    overview             text         not null default '',
    problems             text         not null default '',
    other_matters        text         not null default '',
    -- section 二: the figures officers enter (行政许可, 行政处罚, 行政强制: 本年处理决定数量; 收费: 万元)
    licensing            bigint       not null default 0 check (licensing >= 0),
    penalties            bigint       not null default 0 check (penalties >= 0),
    enforcement          bigint       not null default 0 check (enforcement >= 0),
    fees_wan             numeric(14, 4) not null default 0 check (fees_wan >= 0),
    updated_by           varchar(64),
    updated_at           timestamptz,
    published_version_id bigint,
    published_on         date,
    lock_version         bigint       not null default 0,
    unique (organ_code, year)
);

-- One row per version sent to the review: the whole report as it will be published (JSON), frozen.
create table annual_report_version (
    id            bigserial    primary key,
    report_id     bigint       not null references annual_report (id),
    number        int          not null,
    state         varchar(12)  not null check (state in ('IN_REVIEW', 'RETURNED', 'REJECTED', 'APPROVED')),
    body          text         not null,
    content_hash  char(64)     not null,
    submitted_by  varchar(64)  not null,
    submitted_at  timestamptz  not null,
    unique (report_id, number)
);

create function annual_report_version_hash() returns trigger language plpgsql as $$
begin
    new.content_hash := encode(sha256(convert_to(new.body, 'UTF8')), 'hex');
    return new;
end $$;

create trigger annual_report_version_hash before insert or update on annual_report_version
    for each row execute function annual_report_version_hash();

alter table annual_report add constraint annual_report_published_fk
    foreign key (published_version_id) references annual_report_version (id);

-- The publication gate (先审查、后公开, Art. 17): a version becomes the public report only when an
-- approved review covers it with its current hash (review_approved of V41).
create function annual_report_gate() returns trigger language plpgsql as $$
begin
    if new.published_version_id is not null and not review_approved('ANNUAL_REPORT', new.id,
            new.published_version_id,
            (select v.content_hash from annual_report_version v
              where v.id = new.published_version_id and v.report_id = new.id)) then
        raise exception 'publication refused: version % of annual report % has no approved review of its content',
            new.published_version_id, new.id using errcode = 'P0001';
    end if;
    return new;
end $$;

create trigger annual_report_gate before insert or update of published_version_id on annual_report
    for each row execute function annual_report_gate();

create index annual_report_public_idx on annual_report (year desc, organ_code) where published_version_id is not null;

-- Section 四: 行政复议 and 行政诉讼 about the organ's disclosure decisions.
create table annual_report_case (
    id            bigserial    primary key,
    organ_code    varchar(18)  not null references organ (code),
    request_code  varchar(20)  not null,
    kind          varchar(20)  not null check (kind in ('RECONSIDERATION', 'SUIT_DIRECT', 'SUIT_AFTER_RECONSIDERATION')),
    filed_on      date         not null,
    result        varchar(12)  not null check (result in ('MAINTAINED', 'CORRECTED', 'OTHER', 'PENDING')),
    decided_on    date,
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null,
    check ((result = 'PENDING') = (decided_on is null)),
    check (decided_on is null or decided_on >= filed_on)
);
create index annual_report_case_year_idx on annual_report_case (organ_code, filed_on);

-- The year's counts over the requests (table 三) and the statistics: by receipt and by closing date.
create index disclosure_request_received_idx on disclosure_request (organ_code, first_received_on);
create index disclosure_request_closed_idx on disclosure_request (organ_code, closed_on);
