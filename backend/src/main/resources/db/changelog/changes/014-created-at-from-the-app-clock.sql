--liquibase formatted sql

--changeset fpms:014-created-at-from-the-app-clock
-- "Now" comes only from the app's clock (AppClock; fpms.clock.fixed pins it), never from the database's: every writer
-- sets created_at itself. Included after the demo data: demo-001 (which never changes) relied on these defaults.
alter table org_unit alter column created_at drop default;
alter table app_user alter column created_at drop default;
alter table household alter column created_at drop default;
alter table person alter column created_at drop default;
alter table duplicate_candidate alter column created_at drop default;
alter table birth_registration alter column created_at drop default;
--rollback alter table org_unit alter column created_at set default now();
--rollback alter table app_user alter column created_at set default now();
--rollback alter table household alter column created_at set default now();
--rollback alter table person alter column created_at set default now();
--rollback alter table duplicate_candidate alter column created_at set default now();
--rollback alter table birth_registration alter column created_at set default now();
