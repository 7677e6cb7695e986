-- reporting: other places' published annual reports read for their figures (issue 5 §5).

-- One saved extraction: a place's report for a year, saved by an organisation (org_id) with its source file as an
-- attachment. The same place, year and text (text_hash = SHA-256 of the text read) saved twice is one record.
-- @large
create table external_report (
    org_id            bigint           not null,
    id                uuid             not null,
    place             varchar(100)     not null,
    report_year       int              not null,
    title             varchar(300),
    text_hash         varchar(64)      not null,
    text              varchar(1000000) not null,
    source_name       varchar(255),
    attachment_id     uuid,
    figure_count      int              not null,
    created_at        timestamp with time zone not null,
    created_by        bigint           not null,
    constraint external_report_pk primary key (org_id, id),
    constraint external_report_text_ux unique (org_id, place, report_year, text_hash),
    constraint external_report_year_ck check (report_year between 1949 and 2999)
);

-- The figures read from it, in text order; start/end are character offsets into external_report.text.
-- @large
create table external_report_figure (
    external_report_org_id bigint         not null,
    external_report_id     uuid           not null,
    seq                    int            not null,
    figure_value           numeric(24, 4) not null,
    unit                   varchar(10)    not null,
    qualifier              varchar(20),
    metric                 varchar(100),
    label                  varchar(200),
    evidence               varchar(200)   not null,
    start_offset           int            not null,
    end_offset             int            not null,
    constraint external_report_figure_pk primary key (external_report_org_id, external_report_id, seq)
);

create index external_report_place_idx on external_report (org_id, report_year, place);
create index external_report_figure_metric_idx on external_report_figure (external_report_org_id, metric);
