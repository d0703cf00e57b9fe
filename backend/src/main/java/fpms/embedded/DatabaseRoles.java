package fpms.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two roles of an embedded database, made by its superuser before Liquibase runs — what
 * deploy/database/roles.sql does in production: {@link #OWNER} owns the schema (Liquibase logs in as it), {@link #APP}
 * is the app's, which owns nothing and so is bound by every row-level security policy. Their passwords are for the
 * embedded demo database only. A data directory made before the roles existed has its objects handed to the owner.
 */
public final class DatabaseRoles {

    public static final String OWNER = "fpms_owner";
    public static final String APP = "fpms_app";
    /** Demo only: the embedded database listens on localhost alone. */
    public static final String OWNER_PASSWORD = "fpms-owner-demo";
    public static final String APP_PASSWORD = "fpms-app-demo";

    private static final String ROLES = """
            do $$ begin
                if not exists (select from pg_roles where rolname = 'fpms_owner') then
                    create role fpms_owner login password '%s';
                end if;
                if not exists (select from pg_roles where rolname = 'fpms_app') then
                    create role fpms_app login password '%s' nosuperuser nocreatedb nocreaterole nobypassrls;
                end if;
                execute format('grant create on database %%I to fpms_owner', current_database());
            end $$""".formatted(OWNER_PASSWORD, APP_PASSWORD);

    /** Only the owner makes tables (PostgreSQL before 15 lets everyone create in public). */
    private static final String SCHEMA = "revoke create on schema public from public; grant create, usage on schema public to fpms_owner";

    /** Tables, sequences and functions the superuser made (before 015) become the owner's; extensions' stay. */
    private static final String HAND_OVER = """
            do $$ declare r record; begin
                for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                        and c.relowner <> 'fpms_owner'::regrole
                        and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                            and d.objid = c.oid and d.deptype in ('a', 'i', 'e')) loop
                    execute format('alter table %s owner to fpms_owner', r.name);
                end loop;
                for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                        where n.nspname = 'public' and p.proowner <> 'fpms_owner'::regrole
                        and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass
                            and d.objid = p.oid and d.deptype = 'e') loop
                    execute format('alter function %s owner to fpms_owner', r.name);
                end loop;
            end $$""";

    private DatabaseRoles() {
    }

    /** Makes the roles (once) and hands the schema to the owner; {@code url} reaches the database as its superuser. */
    public static void prepare(String url, String superuser, String password) {
        try (Connection c = DriverManager.getConnection(url, superuser, password); Statement s = c.createStatement()) {
            s.execute(ROLES);
            s.execute(SCHEMA);
            s.execute(HAND_OVER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the roles of the embedded database", e);
        }
    }
}
