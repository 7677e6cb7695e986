-- platform.security. Portable SQL: H2 (PostgreSQL mode) and PostgreSQL 15.

-- Login lock-out (等保 2.0 三级 身份鉴别: 登录失败处理). One row per attempted username (lower case), also for
-- unknown usernames so that probing is throttled; a successful login deletes the row, a cleanup job removes stale ones.
create table login_lockout (
    username        varchar(100) not null primary key,
    failed_count    int          not null,
    window_start    timestamp with time zone not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);
create index login_lockout_window_idx on login_lockout (window_start);

-- API bearer tokens. Only the SHA-256 hash of the token is stored; the token itself is shown once.
create table api_token (
    id             uuid         not null primary key,
    token_hash     varchar(64)  not null,
    user_id        bigint       not null,
    username       varchar(100) not null,
    created_at     timestamp with time zone not null,
    expires_at     timestamp with time zone not null,
    last_used_at   timestamp with time zone,
    revoked_at     timestamp with time zone,
    client_address varchar(64)
);
create unique index api_token_hash_ux on api_token (token_hash);
create index api_token_user_idx on api_token (user_id);
create index api_token_expires_idx on api_token (expires_at);
