--liquibase formatted sql

--changeset fpms:010-name-indexes-hold-scope
-- A name search over a wide area (a city, the province) reads each alternative of the name from one of these
-- indexes, at most 1 001 entries each, and ranks the names it read (PersonSearch.nameMatches). Holding the id, the
-- org unit (for the caller's scope), the name (for the ranking) and only active persons (the search's status
-- condition), they answer it without reading a single table row: an index-only scan of a few thousand entries
-- instead of thousands of random table reads.
drop index person_name_ix;
create index person_name_ix on person (name varchar_pattern_ops) include (org_unit_id, id) where status = 'ACTIVE';
drop index person_name_reversed_ix;
create index person_name_reversed_ix on person (name_reversed varchar_pattern_ops) include (org_unit_id, id, name) where status = 'ACTIVE';
--rollback drop index person_name_ix; drop index person_name_reversed_ix; create index person_name_ix on person (name varchar_pattern_ops); create index person_name_reversed_ix on person (name_reversed varchar_pattern_ops);
