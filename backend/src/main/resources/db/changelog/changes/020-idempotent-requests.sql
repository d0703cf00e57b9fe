--liquibase formatted sql

--changeset fpms:020-idempotent-request
-- The first answer to a POST sent with an Idempotency-Key, kept 24 hours so that the same key, body and user get it
-- again without a second write (a flaky mobile connection retrying). Keyed by the user, read only by the user's own
-- key before the request runs: no one's records by org unit (RowLevelSecurityTest lists it as unscoped). A row
-- without status is a first request still running. Times follow the system clock, as the tokens' do.
create table idempotent_request (
    user_id      bigint not null,
    key          uuid not null,
    fingerprint  varchar(64) not null,
    status       integer,
    location     varchar(500),
    content_type varchar(100),
    body         text,
    created_at   timestamptz not null,
    primary key (user_id, key)
);
create index idempotent_request_created_ix on idempotent_request (created_at);
--rollback drop table idempotent_request;
