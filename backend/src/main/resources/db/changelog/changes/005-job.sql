--liquibase formatted sql

--changeset fpms:005-job
-- long work (imports, scans) runs as a job whose state and progress live here, so any replica can answer for it
create sequence job_seq start with 1 increment by 50;
create table job (
    id           bigint primary key,
    org_unit_id  bigint not null references org_unit (id),
    kind         varchar(32) not null,
    status       varchar(16) not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    created_by   varchar(64) not null,
    created_at   timestamp with time zone not null,
    started_at   timestamp with time zone,
    finished_at  timestamp with time zone,
    total        bigint not null default 0,
    done         bigint not null default 0,
    error_count  integer not null default 0,
    message      varchar(1000),
    params       jsonb not null default '{}',
    version      bigint not null default 0
);
create index job_scope_ix on job (org_unit_id, created_at desc);

-- per-row problems of a job (an import's error report)
create table job_error (
    job_id      bigint not null references job (id),
    row_no      integer not null,
    column_name varchar(64),
    value       varchar(500),
    message     varchar(500) not null
);
create index job_error_job_ix on job_error (job_id, row_no);
--rollback drop table job_error; drop table job; drop sequence job_seq;
