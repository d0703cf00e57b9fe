--liquibase formatted sql

--changeset fpms:011-pregnancy-and-baby-person-indexes runInTransaction:false
-- A merge of duplicate persons moves every pregnancy and baby of the retired record (PregnancyPersonMerge), and the
-- pregnancy register filters by the woman: both by person, over all statuses (pregnancy_active_uk holds ACTIVE only).
create index concurrently if not exists pregnancy_person_ix on pregnancy (person_id);
create index concurrently if not exists baby_person_ix on baby (person_id) where person_id is not null;
--rollback drop index pregnancy_person_ix; drop index baby_person_ix;
