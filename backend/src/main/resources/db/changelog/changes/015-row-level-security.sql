--liquibase formatted sql

--changeset fpms:015-scope-functions splitStatements:false
-- The data scope lives in the database (row-level security). The app sets the caller's scope at the start of each
-- transaction, transaction-locally (fpms.common.scope.ScopeOnAcquire): the materialized path of the caller's org unit,
-- whose subtree is the range [path, path || '~'). No setting, no rows: an empty or absent setting compares as null.
create function fpms_scope_path() returns text language sql stable parallel safe
    as $$ select nullif(current_setting('fpms.scope_path', true), '') $$;

-- Sets the scope of this transaction to the subtree of an org unit — or, when wide (fpms.common.scope.PastScope, which
-- audits each use), to the whole tree — and answers the unit's path (null for no unit: no rows). It reads org_unit
-- as its owner, since the scope cannot be known before it is set.
create function fpms_enter_scope(unit bigint, wide boolean) returns text language plpgsql volatile
    security definer set search_path = pg_catalog, public as $$
declare
    unit_path text := (select o.path from public.org_unit o where o.id = unit);
begin
    perform set_config('fpms.scope_path', case when wide then '/' else coalesce(unit_path, '') end, true);
    return unit_path;
end
$$;
revoke all on function fpms_enter_scope(bigint, boolean) from public;
grant execute on function fpms_enter_scope(bigint, boolean) to fpms_app;
--rollback drop function fpms_enter_scope(bigint, boolean); drop function fpms_scope_path();

--changeset fpms:015-row-level-security splitStatements:false
-- Every table of records that belong to an org unit sees and takes only rows of the scope's subtree; org units by
-- their own path; the rows of a record (a job's errors, a pregnancy's babies and risks, a check's risk factors) by
-- their record. The subtree's units are hashed once per statement and each row looked up in it: EXISTS (one index
-- probe per row) made a province-wide name search with one character wrong read 15 000 index entries in 100 ms, not 17.
-- The scope is read once per statement ("(select fpms_scope_path())", an init plan), not once per row compared: a
-- province-wide read by id took 6 ms, now 2; planning took 1–4 ms, now 0.3.
-- The app's role (fpms_app) owns no table, so every policy binds it; the owner (Liquibase) is not bound.
-- Not scoped, holding no one's data: dictionaries, follow-up rules, the calendar, and the registration-number counters
-- (a village's application is numbered in its town, which lies outside the village's scope).
do $$
declare
    t text;
begin
    foreach t in array array['app_user', 'audit_event', 'household', 'person', 'household_membership',
            'duplicate_candidate', 'job', 'pregnancy', 'visit', 'follow_up_slot', 'birth_registration',
            'birth_registration_step', 'prepregnancy_check', 'annual_target'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy in_scope on %I using (org_unit_id in (select o.id from org_unit o'
            ' where o.path >= (select fpms_scope_path()) and o.path < (select fpms_scope_path()) || ''~''))', t);
    end loop;
end
$$;
alter table org_unit enable row level security;
create policy in_scope on org_unit using (path >= (select fpms_scope_path()) and path < (select fpms_scope_path()) || '~');
alter table job_error enable row level security;
create policy in_scope on job_error using (exists (select 1 from job j where j.id = job_error.job_id));
alter table pregnancy_risk enable row level security;
create policy in_scope on pregnancy_risk using (exists (select 1 from pregnancy g where g.id = pregnancy_risk.pregnancy_id));
alter table baby enable row level security;
create policy in_scope on baby using (exists (select 1 from pregnancy g where g.id = baby.pregnancy_id));
alter table prepregnancy_check_risk_factor enable row level security;
create policy in_scope on prepregnancy_check_risk_factor
    using (exists (select 1 from prepregnancy_check c where c.id = prepregnancy_check_risk_factor.check_id));
--rollback do $$ declare t text; begin foreach t in array array['app_user', 'audit_event', 'household', 'person',
--rollback 'household_membership', 'duplicate_candidate', 'job', 'pregnancy', 'visit', 'follow_up_slot', 'birth_registration',
--rollback 'birth_registration_step', 'prepregnancy_check', 'annual_target', 'org_unit', 'job_error', 'pregnancy_risk', 'baby',
--rollback 'prepregnancy_check_risk_factor'] loop execute format('drop policy in_scope on %I', t);
--rollback execute format('alter table %I disable row level security', t); end loop; end $$;

--changeset fpms:015-app-role-privileges
-- The app's role reads and writes rows, nothing more: it cannot alter, truncate or drop a table (only the owner can,
-- and only the owner can disable row-level security), cannot touch Liquibase's table, and only appends to the
-- audit log. Tables made by later changesets get the same rows-only privileges by default.
grant usage on schema public to fpms_app;
grant select, insert, update, delete on all tables in schema public to fpms_app;
grant usage, select on all sequences in schema public to fpms_app;
revoke all on databasechangelog from fpms_app;
revoke update, delete on audit_event from fpms_app;
alter default privileges in schema public grant select, insert, update, delete on tables to fpms_app;
alter default privileges in schema public grant usage, select on sequences to fpms_app;
--rollback alter default privileges in schema public revoke all on sequences from fpms_app;
--rollback alter default privileges in schema public revoke all on tables from fpms_app;
--rollback revoke all on all sequences in schema public from fpms_app;
--rollback revoke all on all tables in schema public from fpms_app;
