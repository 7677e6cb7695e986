-- reporting (issue 5 §2–§4): declared figures and the annual report on 法治政府建设.

-- A unit's declared value of a declared metric (申报数据) for a period, with its evidence; reviewed like a progress
-- report: DRAFT → SUBMITTED → ACCEPTED | RETURNED. org_id is the declaring organisation. A rate is declared as
-- numerator + denominator (value null). superseded_by: the newer accepted declaration of the same metric/org/period.
-- @large
create table declaration (
    org_id          bigint        not null,
    id              uuid          not null,
    metric          varchar(100)  not null,
    period_code     varchar(30)   not null,
    period_start    date          not null,
    period_end      date          not null,
    amount          numeric(20,4),
    numerator       numeric(20,4),
    denominator     numeric(20,4),
    note            varchar(2000),
    evidence_org_id bigint,
    evidence_id     uuid,
    status          varchar(20)   not null,
    declared_by     bigint        not null,
    declared_at     timestamp with time zone not null,
    submitted_at    timestamp with time zone,
    reviewed_by     bigint,
    reviewed_at     timestamp with time zone,
    return_reason   varchar(1000),
    accepted_at     timestamp with time zone,
    superseded_by   uuid,
    updated_at      timestamp with time zone not null,
    version         integer       not null default 0,
    constraint declaration_pk primary key (org_id, id)
);
create index declaration_metric_idx on declaration (metric, period_code, status);

-- Review decisions on a declaration (history).
-- @large
create table declaration_review (
    declaration_org_id bigint       not null,
    declaration_id     uuid         not null,
    seq                integer      not null,
    decision           varchar(20)  not null,
    reason             varchar(1000),
    reviewer_id        bigint       not null,
    reviewed_at        timestamp with time zone not null,
    constraint declaration_review_pk primary key (declaration_org_id, declaration_id, seq)
);

-- One version of an organisation's annual report for a year. content: JSON text (narratives per section, sentences
-- the office dropped). At publication frozen holds the rendered text and every figure (value, numerator/denominator,
-- record ids) as JSON text, frozen_hash its SHA-256. A correction is a new version_no referencing previous_id.
-- @large
create table annual_report (
    org_id          bigint        not null,
    id              uuid          not null,
    report_year     integer       not null,
    version_no      integer       not null,
    previous_id     uuid,
    correction_note varchar(2000),
    status          varchar(30)   not null,
    content         text          not null,
    frozen          text,
    frozen_hash     varchar(64),
    published_at    timestamp with time zone,
    published_by    bigint,
    created_by      bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         integer       not null default 0,
    constraint annual_report_pk primary key (org_id, id),
    constraint annual_report_version_uk unique (org_id, report_year, version_no)
);

-- Comments on a report at each step of its workflow (起草, 审核, 审定, 发布), including the reasons of returns.
-- @large
create table annual_report_comment (
    annual_report_org_id bigint        not null,
    annual_report_id     uuid          not null,
    seq                  integer       not null,
    status               varchar(30)   not null,
    action               varchar(30)   not null,
    body                 varchar(4000),
    author_id            bigint        not null,
    created_at           timestamp with time zone not null,
    constraint annual_report_comment_pk primary key (annual_report_org_id, annual_report_id, seq)
);
