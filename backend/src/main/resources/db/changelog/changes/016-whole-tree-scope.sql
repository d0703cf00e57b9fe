--liquibase formatted sql

--changeset fpms:016-one-root
-- The org tree has one root (the province): a unit is created and moved only under a parent. The scope of the root's
-- users is therefore the whole tree, which the app sets as '/' (016-whole-tree-scope).
create unique index org_unit_one_root_uk on org_unit ((true)) where parent_id is null;
--rollback drop index org_unit_one_root_uk;

--changeset fpms:016-whole-tree-scope splitStatements:false
-- A scope of the whole tree ('/': the root's users, and PastScope) passes every row without looking up its org unit:
-- the policy hashed all the province's units for each statement (2 800: about 1 ms) and probed that hash for every row
-- read, which made the province-wide person searches 5–12 ms slower at p95 than with the Hibernate filter.
do $$
declare
    t text;
begin
    foreach t in array array['app_user', 'audit_event', 'household', 'person', 'household_membership',
            'duplicate_candidate', 'job', 'pregnancy', 'visit', 'follow_up_slot', 'birth_registration',
            'birth_registration_step', 'prepregnancy_check', 'annual_target'] loop
        execute format('alter policy in_scope on %I using ((select fpms_scope_path()) = ''/'' or org_unit_id in'
            ' (select o.id from org_unit o where o.path >= (select fpms_scope_path())'
            ' and o.path < (select fpms_scope_path()) || ''~''))', t);
    end loop;
end
$$;
--rollback do $$ declare t text; begin foreach t in array array['app_user', 'audit_event', 'household', 'person',
--rollback 'household_membership', 'duplicate_candidate', 'job', 'pregnancy', 'visit', 'follow_up_slot', 'birth_registration',
--rollback 'birth_registration_step', 'prepregnancy_check', 'annual_target'] loop
--rollback execute format('alter policy in_scope on %I using (org_unit_id in (select o.id from org_unit o'
--rollback ' where o.path >= (select fpms_scope_path()) and o.path < (select fpms_scope_path()) || ''~''))', t);
--rollback end loop; end $$;
