--liquibase formatted sql

--changeset fpms:017-user-session
-- A login's session: every access and refresh token names it (claim sid), every request checks it is still open
-- (remembered at most fpms.auth.session-check-seconds), and its refresh tokens rotate: each refresh moves the
-- generation on, and an older generation presented again ends the session (a stolen refresh token was used).
-- Ended, never deleted: the end and its reason stay. No one's records by org unit: it is read before anyone is the
-- caller, by the id a signed token names, and holds no personal data (RowLevelSecurityTest lists it as unscoped).
-- Times follow the system clock, as the tokens' times do.
create table user_session (
    id uuid primary key,
    user_id bigint not null references app_user (id),
    refresh_generation integer not null default 0,
    rotated_at timestamptz,
    created_at timestamptz not null,
    last_seen_at timestamptz not null,
    expires_at timestamptz not null,
    ended_at timestamptz,
    end_reason varchar(20) check (end_reason in ('LOGOUT', 'REFRESH_REUSED', 'PASSWORD_CHANGED', 'PASSWORD_RESET',
        'DISABLED', 'GRANT_CHANGED', 'IDLE')),
    check ((ended_at is null) = (end_reason is null))
);
create index user_session_open_ix on user_session (user_id) where ended_at is null;
revoke delete, truncate on user_session from fpms_app;
--rollback drop table user_session;
