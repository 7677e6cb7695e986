-- platform.files: attachment metadata. The bytes live content-addressed under the data folder, files/<sha[0:2]>/<sha>
-- (several attachments may share one blob); storage_key is that relative path, never derived from the client's name.
-- @large
create table attachment (
    org_id        bigint       not null,
    id            uuid         not null,
    owner_user_id bigint       not null,
    filename      varchar(255) not null,
    content_type  varchar(100) not null,
    declared_type varchar(255),
    extension     varchar(16)  not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    storage_key   varchar(80)  not null,
    purpose       varchar(64),
    created_at    timestamp with time zone not null,
    version       int          not null default 0,
    constraint attachment_pk primary key (org_id, id)
);
-- Lookup by id alone (download links carry only the id); the scope condition then filters on org_id.
create index attachment_id_idx on attachment (id);
-- Scoped lists, newest first.
create index attachment_org_created_idx on attachment (org_id, created_at);
-- Reference count of a blob (orphan sweep, de-duplication).
create index attachment_sha_idx on attachment (sha256);
