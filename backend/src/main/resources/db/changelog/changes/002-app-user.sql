--liquibase formatted sql

--changeset fpms:002-app-user
create sequence app_user_seq start with 1000 increment by 50;
create table app_user (
    id                  bigint primary key,
    username            varchar(32) not null,
    display_name        varchar(50) not null,
    phone               varchar(20),
    password_hash       varchar(100) not null,
    roles               varchar(32)[] not null,
    org_unit_id         bigint not null references org_unit (id),
    enabled             boolean not null default true,
    failed_logins       integer not null default 0,
    locked_until        timestamp with time zone,
    credentials_version integer not null default 0,
    version             bigint not null default 0,
    created_at          timestamp with time zone not null default now()
);
create unique index app_user_username_uk on app_user (lower(username));
create index app_user_org_unit_ix on app_user (org_unit_id);
--rollback drop table app_user; drop sequence app_user_seq;
