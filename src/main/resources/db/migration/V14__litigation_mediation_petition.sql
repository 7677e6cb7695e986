-- disputes (issue 6 §2, §3): litigation response (行政应诉), administrative mediation (行政调解) and petitions (信访).
-- Each aggregate keys on (org_id, id); its children carry <owner>_org_id, <owner>_id. Deadlines are stored as
-- computed by platform.calendar: step, due, unit, amount, basis (with the article), provisional; done_on once met.

-- A litigation case in which org_id (the defendant organ) is sued. state: SUMMONS_RECEIVED, DEFENCE_FILED, HEARD,
-- JUDGED, APPEALED, EFFECTIVE, CLOSED.
-- @large
create table litigation_case (
    org_id                bigint        not null,
    id                    uuid          not null,
    case_number           varchar(100)  not null,
    court_name            varchar(200)  not null,
    plaintiff             varchar(500)  not null,
    cause                 varchar(2000) not null,
    complaint_received_on date          not null,
    state                 varchar(30)   not null,
    instance              varchar(20)   not null,
    defence_filed_on      date,
    defence_late          boolean       not null default false,
    outcome_kind          varchar(20),
    outcome_type          varchar(40),
    outcome_instance      varchar(20),
    outcome_on            date,
    served_on             date,
    lost                  boolean,
    appealed_on           date,
    appealed_by           varchar(20),
    effective_on          date,
    performed_on          date,
    performance_note      varchar(2000),
    closed_on             date,
    created_by            bigint        not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               int           not null default 0,
    constraint litigation_case_pk primary key (org_id, id),
    constraint litigation_case_number_ux unique (org_id, case_number),
    constraint litigation_case_state_ck check (state in ('SUMMONS_RECEIVED', 'DEFENCE_FILED', 'HEARD', 'JUDGED',
        'APPEALED', 'EFFECTIVE', 'CLOSED')),
    constraint litigation_case_instance_ck check (instance in ('FIRST', 'SECOND', 'RETRIAL'))
);
create index litigation_case_id_idx on litigation_case (id);
create index litigation_case_received_idx on litigation_case (org_id, complaint_received_on);
create index litigation_case_effective_idx on litigation_case (org_id, effective_on);

-- A hearing (开庭) of a case at an instance, with who appeared for the organ. appearance: HEAD (负责人出庭),
-- EXCUSED (负责人有正当理由不能出庭, 相应工作人员出庭, 2020 SPC provisions Art. 8-9), HEAD_ABSENT (负责人未出庭).
-- @large
create table litigation_hearing (
    litigation_case_org_id bigint        not null,
    litigation_case_id     uuid          not null,
    seq                    int           not null,
    instance               varchar(20)   not null,
    held_on                date          not null,
    appearance             varchar(20)   not null,
    head_name              varchar(100),
    head_post              varchar(100),
    staff_names            varchar(300),
    excuse                 varchar(30),
    excuse_note            varchar(1000),
    proof_attachment_id    uuid,
    recorded_by            bigint        not null,
    recorded_at            timestamp with time zone not null,
    constraint litigation_hearing_pk primary key (litigation_case_org_id, litigation_case_id, seq),
    constraint litigation_hearing_appearance_ck check (appearance in ('HEAD', 'EXCUSED', 'HEAD_ABSENT'))
);
create index litigation_hearing_held_idx on litigation_hearing (held_on);

-- @large
create table litigation_deadline (
    litigation_case_org_id bigint        not null,
    litigation_case_id     uuid          not null,
    step                   varchar(40)   not null,
    due                    date          not null,
    unit                   varchar(20)   not null,
    amount                 int           not null,
    basis                  varchar(1000) not null,
    provisional            boolean       not null default false,
    done_on                date,
    constraint litigation_deadline_pk primary key (litigation_case_org_id, litigation_case_id, step)
);
create index litigation_deadline_due_idx on litigation_deadline (due);

-- Evidence and other files of a case (platform.files ids): purpose DEFENCE_EVIDENCE, DEFENCE_STATEMENT, PROOF, OTHER.
-- @large
create table litigation_file (
    litigation_case_org_id bigint      not null,
    litigation_case_id     uuid        not null,
    attachment_id          uuid        not null,
    attachment_org_id      bigint      not null,
    purpose                varchar(30) not null,
    constraint litigation_file_pk primary key (litigation_case_org_id, litigation_case_id, attachment_id)
);

-- A judicial (司法建议) or procuratorial (检察建议) recommendation received by org_id, and its reply.
-- @large
create table litigation_recommendation (
    org_id            bigint        not null,
    id                uuid          not null,
    kind              varchar(20)   not null,
    case_id           uuid,
    issuer            varchar(200)  not null,
    doc_number        varchar(100)  not null,
    received_on       date          not null,
    content           varchar(4000) not null,
    reply_due         date          not null,
    reply_unit        varchar(20)   not null,
    reply_amount      int           not null,
    reply_basis       varchar(1000) not null,
    reply_provisional boolean       not null default false,
    replied_on        date,
    reply_text        varchar(4000),
    created_by        bigint        not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           int           not null default 0,
    constraint litigation_recommendation_pk primary key (org_id, id),
    constraint litigation_recommendation_kind_ck check (kind in ('JUDICIAL', 'PROCURATORIAL'))
);
create index litigation_recommendation_id_idx on litigation_recommendation (id);
create index litigation_recommendation_received_idx on litigation_recommendation (org_id, received_on);

-- An administrative mediation case (行政调解) of a civil dispute handled by org_id. state: RECEIVED, DECLINED,
-- ACCEPTED, SUCCEEDED, FAILED, TERMINATED.
-- @large
create table mediation_case (
    org_id          bigint        not null,
    id              uuid          not null,
    applicant       varchar(300)  not null,
    other_party     varchar(300)  not null,
    dispute_type    varchar(30)   not null,
    summary         varchar(4000) not null,
    received_on     date          not null,
    state           varchar(20)   not null,
    accepted_on     date,
    declined_reason varchar(1000),
    extended        boolean       not null default false,
    extension_reason varchar(1000),
    closed_on       date,
    agreement_text  varchar(4000),
    closing_note    varchar(2000),
    created_by      bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         int           not null default 0,
    constraint mediation_case_pk primary key (org_id, id),
    constraint mediation_case_state_ck check (state in ('RECEIVED', 'DECLINED', 'ACCEPTED', 'SUCCEEDED', 'FAILED', 'TERMINATED'))
);
create index mediation_case_id_idx on mediation_case (id);
create index mediation_case_accepted_idx on mediation_case (org_id, accepted_on);
create index mediation_case_closed_idx on mediation_case (org_id, closed_on);

-- @large
create table mediation_session (
    mediation_case_org_id bigint        not null,
    mediation_case_id     uuid          not null,
    seq                   int           not null,
    held_on               date          not null,
    mediator              varchar(200)  not null,
    summary               varchar(4000) not null,
    constraint mediation_session_pk primary key (mediation_case_org_id, mediation_case_id, seq)
);

-- @large
create table mediation_deadline (
    mediation_case_org_id bigint        not null,
    mediation_case_id     uuid          not null,
    step                  varchar(40)   not null,
    due                   date          not null,
    unit                  varchar(20)   not null,
    amount                int           not null,
    basis                 varchar(1000) not null,
    provisional           boolean       not null default false,
    done_on               date,
    constraint mediation_deadline_pk primary key (mediation_case_org_id, mediation_case_id, step)
);
create index mediation_deadline_due_idx on mediation_deadline (due);

-- A petition (信访事项) registered by org_id and handled by handling_org_id (责任单位). state: RECEIVED, ROUTED,
-- ACCEPTED, REPLIED, REVIEW_REQUESTED, REVIEWED, REREVIEW_REQUESTED, CLOSED.
-- @large
create table petition (
    org_id                bigint        not null,
    id                    uuid          not null,
    channel               varchar(20)   not null,
    petitioner            varchar(300)  not null,
    matter                varchar(4000) not null,
    category              varchar(30)   not null,
    received_on           date          not null,
    state                 varchar(30)   not null,
    handling_org_id       bigint,
    accepted_on           date,
    route                 varchar(30),
    route_reason          varchar(1000),
    extended_days         int,
    extension_reason      varchar(1000),
    replied_on            date,
    reply_outcome         varchar(20),
    reply_text            varchar(4000),
    satisfaction          varchar(20),
    review_requested_on   date,
    review_opinion_on     date,
    review_text           varchar(4000),
    rereview_requested_on date,
    rereview_opinion_on   date,
    rereview_text         varchar(4000),
    closed_on             date,
    created_by            bigint        not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               int           not null default 0,
    constraint petition_pk primary key (org_id, id),
    constraint petition_state_ck check (state in ('RECEIVED', 'ROUTED', 'ACCEPTED', 'REPLIED', 'REVIEW_REQUESTED',
        'REVIEWED', 'REREVIEW_REQUESTED', 'CLOSED'))
);
create index petition_id_idx on petition (id);
create index petition_received_idx on petition (org_id, received_on);
create index petition_handling_idx on petition (handling_org_id, replied_on);

-- @large
create table petition_deadline (
    petition_org_id bigint        not null,
    petition_id     uuid          not null,
    step            varchar(40)   not null,
    due             date          not null,
    unit            varchar(20)   not null,
    amount          int           not null,
    basis           varchar(1000) not null,
    provisional     boolean       not null default false,
    done_on         date,
    constraint petition_deadline_pk primary key (petition_org_id, petition_id, step)
);
create index petition_deadline_due_idx on petition_deadline (due);
