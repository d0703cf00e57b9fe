--liquibase formatted sql

--changeset fpms:001-org-unit
create sequence org_unit_seq start with 1000;
create table org_unit (
    id          bigint primary key,
    parent_id   bigint references org_unit (id),
    code        varchar(12),
    name        varchar(100) not null,
    level       varchar(16) not null check (level in ('REGION', 'CITY', 'DISTRICT', 'TOWN', 'VILLAGE')),
    -- "/1/7/42/": ids from the root down; collation C so that a subtree is the range [path, path || '~')
    path        varchar(512) collate "C" not null,
    version     bigint not null default 0,
    created_at  timestamp with time zone not null default now()
);
create unique index org_unit_path_uk on org_unit (path);
create unique index org_unit_code_uk on org_unit (code) where code is not null;
create index org_unit_parent_ix on org_unit (parent_id);
--rollback drop table org_unit; drop sequence org_unit_seq;
