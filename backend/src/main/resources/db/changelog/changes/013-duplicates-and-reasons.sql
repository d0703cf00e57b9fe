--liquibase formatted sql

--changeset fpms:013-duplicate-rule-fits
-- SIMILAR_NAME_SAME_BIRTH_DATE_VILLAGE has 35 characters: a longer varchar needs no rewrite of the table
alter table duplicate_candidate alter column rule type varchar(64);
--rollback alter table duplicate_candidate alter column rule type varchar(32);

--changeset fpms:013-fuzzystrmatch
-- levenshtein(): "ID numbers at most two characters apart" (DuplicateFinder)
create extension if not exists fuzzystrmatch;
--rollback drop extension fuzzystrmatch;

--changeset fpms:013-stored-reason-messages
-- A reason the system writes is kept as a catalogue key and its arguments ({"key": …, "args": […]}) and written
-- out in the reader's language when read; a reason a user typed stays in the text column beside it.
alter table audit_event add column reason_message jsonb;
alter table duplicate_candidate add column decision_reason_message jsonb;
alter table household add column closed_reason_message jsonb;
--rollback alter table audit_event drop column reason_message; alter table duplicate_candidate drop column decision_reason_message; alter table household drop column closed_reason_message;

--changeset fpms:013-id-number-unique-among-active runInTransaction:false
-- One ACTIVE person per ID number: a retired duplicate keeps its number, and the kept record may take it over.
-- Built concurrently so that a register of millions keeps taking writes; the drop first removes an INVALID index
-- that an interrupted build may have left (a plain "if not exists" would keep it and never enforce anything).
drop index concurrently if exists person_id_number_active_uk;
create unique index concurrently person_id_number_active_uk on person (id_number) where status = 'ACTIVE';
drop index concurrently if exists person_id_number_uk;
--rollback create unique index person_id_number_uk on person (id_number); drop index person_id_number_active_uk;
