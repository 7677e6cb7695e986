-- plan: implementation plans (实施方案), their areas and tasks, lead and responsible units, progress reports with
-- their review, and supervision (督办). Every large table is keyed (org_id, id) where org_id is the organisation that
-- issued the plan, so that a plan, its tasks, reports and notices live together on one node when scaled out.

-- 实施方案. status: DRAFT 草拟, ISSUED 印发, IN_FORCE 执行中, ENDED 已结束.
-- reporting_cycle: how often lead units report (QUARTERLY, HALF_YEARLY, YEARLY).
-- source_sha256: hash of the normalised parsed content; importing the same document twice changes nothing.
-- supervisor_org_id: the legal-affairs office that supervises the plan (督办单位) and answers for collective tasks.
-- @large
create table plan (
    org_id             bigint       not null,
    id                 uuid         not null,
    title              varchar(300) not null,
    doc_number         varchar(100),
    period_start_year  int          not null,
    period_end_year    int          not null,
    status             varchar(20)  not null,
    reporting_cycle    varchar(20)  not null,
    supervisor_org_id  bigint       not null,
    source_sha256      char(64),
    source_attachment_id uuid,
    parent_plan_org_id bigint,
    parent_plan_id     uuid,
    published          boolean      not null default false,
    published_at       timestamp with time zone,
    created_by         bigint       not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            int          not null default 0,
    constraint plan_pk primary key (org_id, id),
    constraint plan_source_ux unique (org_id, source_sha256),
    constraint plan_status_ck check (status in ('DRAFT', 'ISSUED', 'IN_FORCE', 'ENDED')),
    constraint plan_cycle_ck check (reporting_cycle in ('QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
    constraint plan_period_ck check (period_end_year >= period_start_year)
);
create index plan_id_idx on plan (id);

-- Areas and sub-areas of a plan, in document order. level 1 = area (一、 or (一)), level 2 = sub-area (1.);
-- label is the numbering as written ("(一)", "1."), parent_section_no the enclosing area.
-- @large
create table plan_section (
    plan_org_id       bigint       not null,
    plan_id           uuid         not null,
    section_no        int          not null,
    level             int          not null,
    label             varchar(20)  not null,
    title             varchar(500) not null,
    parent_section_no int,
    constraint plan_section_pk primary key (plan_org_id, plan_id, section_no)
);

-- 工作任务. number is the task number in the plan ((1)…(140)); lead_org_id the one lead unit that answers for it
-- (牵头单位); lead_unit_text the unit(s) as the document wrote them. deadline_kind: DATE (a date: deadline is set),
-- CONTINUOUS 持续推进/长期坚持, RECURRING 每年/年底前 (each year), NONE. status is derived from accepted progress
-- reports: NOT_STARTED 未启动, IN_PROGRESS 推进中, COMPLETED 已完成 (only by an accepted completion report),
-- OVERDUE_UNFINISHED 逾期未完成, ONGOING 长期坚持. parent_task_*: the upper plan's task this one implements (task 130).
-- @large
create table plan_task (
    org_id             bigint        not null,
    id                 uuid          not null,
    plan_id            uuid          not null,
    number             int           not null,
    area_section_no    int,
    sub_area_section_no int,
    text               varchar(8000) not null,
    lead_org_id        bigint        not null,
    lead_unit_text     varchar(500),
    deadline           date,
    deadline_kind      varchar(20)   not null,
    deadline_text      varchar(100),
    status             varchar(20)   not null default 'NOT_STARTED',
    completed_on       date,
    work_plan_attachment_id uuid,
    parent_task_org_id bigint,
    parent_task_id     uuid,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            int           not null default 0,
    constraint plan_task_pk primary key (org_id, id),
    constraint plan_task_number_ux unique (org_id, plan_id, number),
    constraint plan_task_deadline_kind_ck check (deadline_kind in ('DATE', 'CONTINUOUS', 'RECURRING', 'NONE')),
    constraint plan_task_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'OVERDUE_UNFINISHED', 'ONGOING'))
);
create index plan_task_id_idx on plan_task (id);
create index plan_task_lead_idx on plan_task (lead_org_id, plan_id);
create index plan_task_plan_idx on plan_task (org_id, plan_id, number);

-- Other units on a task: CO_LEAD (a further 牵头单位 named by the document) or RESPONSIBLE (责任单位).
-- @large
create table plan_task_unit (
    plan_task_org_id bigint      not null,
    plan_task_id     uuid        not null,
    unit_org_id      bigint      not null,
    role             varchar(20) not null,
    constraint plan_task_unit_pk primary key (plan_task_org_id, plan_task_id, unit_org_id),
    constraint plan_task_unit_role_ck check (role in ('CO_LEAD', 'RESPONSIBLE'))
);
create index plan_task_unit_unit_idx on plan_task_unit (unit_org_id);

-- Milestones of the lead unit's work plan (一套工作方案) for a task.
-- @large
create table plan_task_milestone (
    plan_task_org_id bigint       not null,
    plan_task_id     uuid         not null,
    seq              int          not null,
    title            varchar(500) not null,
    due_on           date,
    done_on          date,
    constraint plan_task_milestone_pk primary key (plan_task_org_id, plan_task_id, seq)
);

-- A lead unit's progress report on a task for one reporting period (period_code '2017', '2017H1', '2017Q3').
-- status: DRAFT, SUBMITTED, ACCEPTED 通过, RETURNED 退回补充. task_status is what the unit reports (see plan_task).
-- completion: this report claims the task is completed; the task counts as completed only once it is ACCEPTED.
-- figures: JSON text (a list of {label, value, unit}), parsed in Java.
-- @large
create table progress_report (
    org_id           bigint        not null,
    id               uuid          not null,
    task_id          uuid          not null,
    period_code      varchar(10)   not null,
    period_end       date          not null,
    due_on           date          not null,
    reporting_org_id bigint        not null,
    status           varchar(20)   not null,
    task_status      varchar(20)   not null,
    completion       boolean       not null default false,
    narrative        varchar(8000),
    figures          varchar(4000),
    submitted_at     timestamp with time zone,
    submitted_by     bigint,
    reviewed_at      timestamp with time zone,
    reviewed_by      bigint,
    return_reason    varchar(1000),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          int           not null default 0,
    constraint progress_report_pk primary key (org_id, id),
    constraint progress_report_period_ux unique (org_id, task_id, period_code),
    constraint progress_report_status_ck check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    constraint progress_report_task_status_ck check (task_status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'OVERDUE_UNFINISHED', 'ONGOING'))
);
create index progress_report_id_idx on progress_report (id);
create index progress_report_task_idx on progress_report (org_id, task_id);
create index progress_report_unit_idx on progress_report (reporting_org_id, status);

-- A responsible unit's contribution to the lead unit's report.
-- @large
create table progress_contribution (
    progress_report_org_id bigint        not null,
    progress_report_id     uuid          not null,
    unit_org_id            bigint        not null,
    text                   varchar(4000) not null,
    submitted_by           bigint        not null,
    submitted_at           timestamp with time zone not null,
    constraint progress_contribution_pk primary key (progress_report_org_id, progress_report_id, unit_org_id)
);

-- Evidence attachments of a report (platform.files ids).
-- @large
create table progress_evidence (
    progress_report_org_id bigint not null,
    progress_report_id     uuid   not null,
    attachment_org_id      bigint not null,
    attachment_id          uuid   not null,
    constraint progress_evidence_pk primary key (progress_report_org_id, progress_report_id, attachment_id)
);

-- Every review decision on a report, in order (a returned report may come back several times).
-- decision: ACCEPTED or RETURNED.
-- @large
create table progress_review (
    progress_report_org_id bigint       not null,
    progress_report_id     uuid         not null,
    seq                    int          not null,
    decision               varchar(20)  not null,
    reason                 varchar(1000),
    reviewer_id            bigint       not null,
    reviewed_at            timestamp with time zone not null,
    constraint progress_review_pk primary key (progress_report_org_id, progress_report_id, seq),
    constraint progress_review_decision_ck check (decision in ('ACCEPTED', 'RETURNED'))
);

-- What the scheduled supervision scan found: kind DUE_SOON, OVERDUE, REPORT_DUE_SOON, REPORT_OVERDUE,
-- RETURNED_NOT_RESUBMITTED. One row per (task, kind, subject key) so that a repeated scan raises nothing twice;
-- resolved_at is set when the cause goes away.
-- @large
create table supervision_alert (
    org_id        bigint       not null,
    id            uuid         not null,
    kind          varchar(30)  not null,
    task_id       uuid         not null,
    subject_key   varchar(40)  not null,
    target_org_id bigint       not null,
    due_on        date,
    raised_at     timestamp with time zone not null,
    resolved_at   timestamp with time zone,
    version       int          not null default 0,
    constraint supervision_alert_pk primary key (org_id, id),
    constraint supervision_alert_ux unique (org_id, task_id, kind, subject_key)
);
create index supervision_alert_target_idx on supervision_alert (target_org_id, resolved_at);

-- 督办通知: level URGE 催办, SUPERVISE 督办, INTERVIEW 约谈, CIRCULATE 通报. number e.g. "督办〔2026〕3号", unique per
-- issuing plan organisation. reply_due comes from platform.calendar (reply_due_basis says the rule).
-- status: ISSUED, REPLIED, CLOSED.
-- @large
create table supervision_notice (
    org_id               bigint        not null,
    id                   uuid          not null,
    number               varchar(60)   not null,
    level                varchar(20)   not null,
    plan_id              uuid          not null,
    task_id              uuid,
    report_id            uuid,
    target_org_id        bigint        not null,
    issuer_org_id        bigint        not null,
    reason               varchar(2000) not null,
    issued_on            date          not null,
    reply_due            date          not null,
    reply_due_basis      varchar(300)  not null,
    status               varchar(20)   not null,
    reply_text           varchar(4000),
    replied_at           timestamp with time zone,
    replied_by           bigint,
    document_attachment_id uuid,
    created_by           bigint        not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              int           not null default 0,
    constraint supervision_notice_pk primary key (org_id, id),
    constraint supervision_notice_number_ux unique (org_id, number),
    constraint supervision_notice_level_ck check (level in ('URGE', 'SUPERVISE', 'INTERVIEW', 'CIRCULATE')),
    constraint supervision_notice_status_ck check (status in ('ISSUED', 'REPLIED', 'CLOSED'))
);
create index supervision_notice_id_idx on supervision_notice (id);
create index supervision_notice_target_idx on supervision_notice (target_org_id, status);
