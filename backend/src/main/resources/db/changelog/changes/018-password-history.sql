--liquibase formatted sql

--changeset fpms:018-password-history
-- The password policy (PasswordPolicy): a new password is none of the last five (the current hash and the four
-- before it, kept here), and it expires fpms.auth.password-max-age-days after it was set. A password set before the
-- policy counts from the user's first login after it (password_changed_at is null until then). Times follow the
-- system clock, as the tokens' and sessions' do.
alter table app_user add column password_changed_at timestamptz;
alter table app_user add column previous_password_hashes text[] not null default '{}';
--rollback alter table app_user drop column previous_password_hashes; alter table app_user drop column password_changed_at;
