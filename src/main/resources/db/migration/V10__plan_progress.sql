-- plan progress and supervision (issue 4 §3, §4): what V8 does not hold.

-- Attachments a target unit sends with its reply to a supervision notice (platform.files ids).
-- @large
create table supervision_notice_reply_file (
    supervision_notice_org_id bigint not null,
    supervision_notice_id     uuid   not null,
    attachment_org_id         bigint not null,
    attachment_id             uuid   not null,
    constraint supervision_notice_reply_file_pk primary key (supervision_notice_org_id, supervision_notice_id, attachment_id)
);

-- When and by whom the legal-affairs office closed a notice (办结), and the closing remark.
alter table supervision_notice add column closed_at timestamp with time zone;
alter table supervision_notice add column closed_by bigint;
alter table supervision_notice add column close_remark varchar(1000);
-- Whether the reply deadline touched a year whose holiday notice was not loaded (待公布).
alter table supervision_notice add column reply_due_provisional boolean not null default false;

-- A report's due date touched a year without a loaded holiday notice (待公布).
alter table progress_report add column due_provisional boolean not null default false;

create index supervision_alert_task_idx on supervision_alert (org_id, task_id);
create index supervision_notice_task_idx on supervision_notice (org_id, task_id);
