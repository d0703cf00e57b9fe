-- The two roles FPMS needs, made once by the database administrator before the app first starts:
--   psql -v owner_password=… -v app_password=… -d fpms -f deploy/database/roles.sql
-- fpms_owner owns the schema and is what Liquibase logs in as (QUARKUS_LIQUIBASE_USERNAME/PASSWORD);
-- fpms_app is what the app logs in as (QUARKUS_DATASOURCE_USERNAME/PASSWORD): it owns nothing, so row-level security
-- binds it, and it may only read and write rows (changeset 015 grants that). The embedded database makes the same
-- roles with demo passwords (fpms.embedded.DatabaseRoles).
create role fpms_owner login password :'owner_password';
create role fpms_app login password :'app_password' nosuperuser nocreatedb nocreaterole nobypassrls;
-- pg_trgm and fuzzystrmatch are trusted extensions: the owner creates them in its database
grant create on database :"DBNAME" to fpms_owner;
-- only the owner makes tables (PostgreSQL before 15 lets everyone create in public)
revoke create on schema public from public;
grant create, usage on schema public to fpms_owner;
