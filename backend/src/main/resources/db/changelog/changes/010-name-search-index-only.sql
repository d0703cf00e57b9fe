--liquibase formatted sql

--changeset fpms:010-name-indexes-hold-scope runInTransaction:false
-- A name search over a wide area (a city, the province) reads each alternative of the name from one of these
-- indexes, at most 1 001 entries each, and ranks the names it read (PersonSearch.nameMatches). Holding the id, the
-- org unit (for the caller's area), the name (for the ranking) and only active persons (the queries by name say
-- "status = 'ACTIVE'" as a literal), they answer it without reading a single table row: an index-only scan of a few
-- thousand entries instead of thousands of random table reads. Built concurrently, so that a register of millions
-- keeps taking writes while they are built; then the plain ones of 006 go.
create index concurrently if not exists person_name_active_ix on person (name varchar_pattern_ops) include (org_unit_id, id)
    where status = 'ACTIVE';
create index concurrently if not exists person_name_reversed_active_ix on person (name_reversed varchar_pattern_ops)
    include (org_unit_id, id, name) where status = 'ACTIVE';
drop index concurrently if exists person_name_ix;
drop index concurrently if exists person_name_reversed_ix;
--rollback create index person_name_ix on person (name varchar_pattern_ops); create index person_name_reversed_ix on person (name_reversed varchar_pattern_ops); drop index person_name_active_ix; drop index person_name_reversed_active_ix;
