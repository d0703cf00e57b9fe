--liquibase formatted sql

--changeset fpms:019-job-error-retention
-- A job's error report (the rows of a file it refused, with their values) is kept fpms.jobs.error-retention-days
-- (30) after the job ended, then deleted; the job keeps its counts and says when its report went.
alter table job add column errors_removed_at timestamptz;
create index job_finished_ix on job (finished_at) where errors_removed_at is null and error_count > 0;
--rollback drop index job_finished_ix; alter table job drop column errors_removed_at;
