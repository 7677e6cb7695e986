-- disputes.reconsideration: administrative reconsideration cases (行政复议法, 2023 revision). org_id is the
-- reconsideration organ (复议机关, the government whose office 司法局 handles the case); respondent_org_id the organ
-- whose act is challenged (被申请人). Every large table is keyed (org_id, id) so a case lives on one node.

-- state: RECEIVED, NEEDS_SUPPLEMENT, ABANDONED, NOT_ACCEPTED, ACCEPTED, COPY_SENT, ANSWERED, HEARING, SUSPENDED,
-- DECIDED, MEDIATED, TERMINATED, SERVED, CLOSED. channel: IN_PERSON, POST, ONLINE. procedure: ORDINARY, SIMPLE.
-- @large
create table recon_case (
    org_id                 bigint        not null,
    id                     uuid          not null,
    case_no                varchar(40)   not null,
    tracking_code          varchar(20),
    channel                varchar(20)   not null,
    respondent_org_id      bigint        not null,
    applicant              varchar(200)  not null,
    applicant_contact      varchar(100),
    act_description        varchar(2000) not null,
    received_on            date          not null,
    state                  varchar(20)   not null,
    procedure_kind         varchar(20),
    review_start_on        date          not null,
    accepted_on            date,
    deemed_accepted        boolean       not null default false,
    supplement_requested_on date,
    supplement_received_on date,
    not_accepted_reason    varchar(500),
    copy_sent_on           date,
    answered_on            date,
    hearing_on             date,
    hearing_panel          varchar(500),
    committee_opinion      varchar(1000),
    suspended_state        varchar(20),
    suspended_on           date,
    suspension_ground      varchar(40),
    suspended_days         int           not null default 0,
    extended_days          int           not null default 0,
    decision_type          varchar(30),
    decided_on             date,
    concluded_on           date,
    termination_ground     varchar(40),
    after_mediation        boolean       not null default false,
    served_on              date,
    opinion_letter_on      date,
    performed_on           date,
    enforcement            varchar(500),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    version                int           not null default 0,
    constraint recon_case_pk primary key (org_id, id),
    constraint recon_case_no_ux unique (org_id, case_no)
);
create index recon_case_id_idx on recon_case (id);
create index recon_case_tracking_idx on recon_case (tracking_code);
create index recon_case_list_idx on recon_case (org_id, received_on);
create index recon_case_resp_idx on recon_case (respondent_org_id, received_on);
create index recon_case_concluded_idx on recon_case (org_id, concluded_on);

-- Every transition: who, when, what, the article it rests on.
-- @large
create table recon_timeline (
    case_org_id  bigint        not null,
    case_id      uuid          not null,
    seq          int           not null,
    at_time      timestamp with time zone not null,
    on_date      date          not null,
    actor        varchar(100)  not null,
    action       varchar(40)   not null,
    detail       varchar(1000),
    basis        varchar(200),
    state_after  varchar(20)   not null,
    constraint recon_timeline_pk primary key (case_org_id, case_id, seq)
);

-- The case's statutory deadlines as last computed (unit WORKING_DAYS / NATURAL_DAYS).
-- @large
create table recon_deadline (
    case_org_id    bigint       not null,
    case_id        uuid         not null,
    step           varchar(40)  not null,
    start_on       date         not null,
    due            date         not null,
    unit           varchar(20)  not null,
    amount         int          not null,
    basis          varchar(200) not null,
    provisional    boolean      not null,
    suspended_days int          not null default 0,
    done_on        date,
    constraint recon_deadline_pk primary key (case_org_id, case_id, step)
);
create index recon_deadline_due_idx on recon_deadline (due);

-- Documents generated from the case (.docx stored as attachments).
-- @large
create table recon_document (
    case_org_id    bigint       not null,
    case_id        uuid         not null,
    seq            int          not null,
    kind           varchar(40)  not null,
    title          varchar(200) not null,
    attachment_id  uuid         not null,
    created_at     timestamp with time zone not null,
    constraint recon_document_pk primary key (case_org_id, case_id, seq)
);
