--liquibase formatted sql

--changeset fpms:012-pregnancy-age-reason
-- Why a pregnancy at a rare age of the woman (under 14, or 50 to 55, at the LMP) is real: asked for then, kept and shown.
alter table pregnancy add column age_reason varchar(500);
--rollback alter table pregnancy drop column age_reason;

--changeset fpms:012-birth-registration-child-order-reason
-- Why the child order an applicant gives differs from the mother's registered children + 1: kept and shown to the reviewer.
alter table birth_registration add column child_order_reason varchar(500);
--rollback alter table birth_registration drop column child_order_reason;
