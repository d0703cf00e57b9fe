package fpms.common.scope;

import static fpms.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.common.i18n.Message;
import fpms.common.jdbc.PgCopy;
import fpms.job.JobRunner;
import fpms.support.Fixtures;
import fpms.support.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The data scope is the database's: whatever SQL the app's role sends — an ORM query, native SQL, a JDBC batch, a COPY,
 * a job's — touches only the caller's subtree, a transaction that set no scope sees and writes nothing, and the role
 * cannot switch the policies off or change the schema.
 */
@QuarkusTest
class RowLevelSecurityTest {

    @Inject
    Session session;

    @Inject
    Caller caller;

    @Inject
    JobRunner jobs;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noScopeNoRows() throws SQLException {
        try (Connection c = TestDatabase.app(); Statement s = c.createStatement()) {
            assertEquals(0, count(s, "select count(*) from person"), "outside a transaction");
            c.setAutoCommit(false);
            assertEquals(0, count(s, "select count(*) from person"), "a transaction that set no scope");
            assertEquals(0, count(s, "select count(*) from org_unit"));
            assertEquals(0, s.executeUpdate("update person set phone = phone"), "it changes nothing");
            SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate("insert into household"
                    + " (id, org_unit_id, code, type, status, version, created_at) values (-1, " + Fixtures.HEILIN
                    + ", 'RLS-1', 'FAMILY', 'ACTIVE', 0, now())"));
            assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
            c.rollback();
        }
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            assertTrue(count(s, "select count(*) from person") > 0, "the rows are there");
        }
    }

    @Test
    void theRootsScopeIsTheWholeTreeAndThereIsOneRoot() throws Exception {
        long all;
        long village;
        String villagePath;
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            all = count(s, "select count(*) from person");
            villagePath = one(s, "select path from org_unit where id = " + Fixtures.HEILIN);
            village = count(s, "select count(*) from person p join org_unit o on o.id = p.org_unit_id where o.path like '" + villagePath + "%'");
            SQLException second = assertThrows(SQLException.class, () -> s.executeUpdate("insert into org_unit (id, parent_id, code,"
                    + " name, level, path, version, created_at) values (-7, null, 'ROOT-2', '第二个根', 'REGION', '/-7/', 0, now())"));
            assertTrue(second.getMessage().contains("org_unit_one_root_uk"), second.getMessage());
        }
        try (Connection c = TestDatabase.app(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String scope : List.of("/", "/1/")) {
                s.execute("select set_config('fpms.scope_path', '" + scope + "', true)");
                assertEquals(all, count(s, "select count(*) from person"), scope);
            }
            s.execute("select set_config('fpms.scope_path', '" + villagePath + "', true)");
            assertEquals(village, count(s, "select count(*) from person"), "a village's scope is its village");
            assertTrue(village < all);
            c.rollback();
        }
        // the root's users get the whole tree: admin (at the root) sees every village's persons, and so many
        assertEquals((int) all, actingAs("admin", 1L, () -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) session.createNativeQuery("select count(*) from person", Long.class).getSingleResult()).intValue())));
    }

    /** Tables of no one's records; any other table is under a policy — a new one fails here until it is either. */
    private static final Set<String> UNSCOPED = Set.of("databasechangelog", "databasechangeloglock", "ethnicity", "risk_factor",
            "prepregnancy_risk_factor", "follow_up_rule", "calendar_day", "birth_registration_counter", "user_session",
            "idempotent_request");

    @Test
    void everyTableOfRecordsIsUnderAPolicy() throws SQLException {
        Set<String> open = new java.util.TreeSet<>();
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select c.relname, c.relrowsecurity, exists (select 1 from pg_policy p where p.polrelid = c.oid)"
                        + " from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'")) {
            while (rs.next()) {
                if (!UNSCOPED.contains(rs.getString(1)) && !(rs.getBoolean(2) && rs.getBoolean(3))) {
                    open.add(rs.getString(1));
                }
            }
        }
        assertEquals(Set.of(), open, "tables without row-level security: enable it with a policy (see 015) or list them here");
    }

    @Test
    void theAppRoleCannotChangeTheRulesOrTheSchema() throws SQLException {
        List<String> forbidden = List.of(
                "alter table person add column nickname text",
                "alter table person disable row level security",
                "alter table person no force row level security",
                "drop policy in_scope on person",
                "truncate audit_event",
                "truncate person",
                "update audit_event set actor = 'someone'",
                "delete from audit_event",
                "delete from databasechangelog",
                "create table sneaky (id int)");
        try (Connection c = TestDatabase.app(); Statement s = c.createStatement()) {
            for (String sql : forbidden) {
                assertThrows(SQLException.class, () -> s.execute(sql), sql);
            }
            s.execute("set row_security = off"); // allowed, but then any query a policy would filter is an error
            SQLException refused = assertThrows(SQLException.class, () -> s.executeQuery("select count(*) from person"));
            assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
        }
    }

    @Test
    void nativeSqlJdbcBatchesAndCopyOfAVillageWorkerTouchOnlyTheVillage() throws Exception {
        actingAs("village", Fixtures.HEILIN, () -> {
            QuarkusTransaction.requiringNew().run(() -> session.doWork(c -> {
                try (Statement s = c.createStatement()) {
                    assertEquals(Set.of(Fixtures.HEILIN), units(s, "select distinct org_unit_id from person"));
                    assertTrue(count(s, "select count(*) from person where org_unit_id = " + Fixtures.DONGTAI) == 0);
                }
                try (PreparedStatement batch = c.prepareStatement("update person set phone = phone where org_unit_id = ?")) {
                    batch.setLong(1, Fixtures.HEILIN);
                    batch.addBatch();
                    batch.setLong(1, Fixtures.DONGTAI);
                    batch.addBatch();
                    int[] updated = batch.executeBatch();
                    assertTrue(updated[0] > 0, "its own village's rows");
                    assertEquals(0, updated[1], "none of another village");
                }
                CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
                savepoint(c, "savepoint before"); // each refusal ends the transaction's work: back to here, its scope kept
                SQLException refused = assertThrows(SQLException.class, () -> copy.copyIn(
                        "copy household (id, org_unit_id, code, type, status, version, created_at) from stdin",
                        new StringReader("-2\t" + Fixtures.HEILIN + "\tRLS-2\tFAMILY\tACTIVE\t0\t2018-05-01 00:00:00+08\n")));
                assertTrue(refused.getMessage().contains("row-level security"), "COPY FROM a table under a policy: " + refused.getMessage());
                savepoint(c, "rollback to savepoint before"); // what the import does instead (PgCopy): a COPY to a table of its own, then INSERT under the policy
                SQLException elsewhere = assertThrows(SQLException.class, () -> copyHousehold(c, -3, Fixtures.DONGTAI));
                assertTrue(elsewhere.getMessage().contains("row-level security"), elsewhere.getMessage());
                savepoint(c, "rollback to savepoint before");
                assertEquals(1, copyHousehold(c, -4, Fixtures.HEILIN), "its own village's household");
                savepoint(c, "rollback to savepoint before");
            }));
            return null;
        });
    }

    @Test
    void aJobActingAsAVillageWorkerSeesOnlyTheVillage() throws Exception {
        AtomicLong others = new AtomicLong(-1);
        AtomicLong own = new AtomicLong(-1);
        long id = actingAs("village", Fixtures.HEILIN, () -> jobs.start("SCOPE_CHECK", Map.of(), progress -> {
            QuarkusTransaction.requiringNew().run(() -> session.doWork(c -> {
                try (Statement s = c.createStatement()) {
                    own.set(count(s, "select count(*) from person where org_unit_id = " + Fixtures.HEILIN));
                    others.set(count(s, "select count(*) from person where org_unit_id <> " + Fixtures.HEILIN));
                }
            }));
            return Message.of("job.failed", 0);
        }));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            while (count(s, "select count(*) from job where status in ('QUEUED', 'RUNNING') and id = " + id) > 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        assertTrue(own.get() > 0, "the job reads its village");
        assertEquals(0, others.get(), "and nothing else");
    }

    @Test
    void parallelRequestsOfDifferentVillagesNeverSeeEachOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String user = i % 2 == 0 ? "village" : "village2";
                long unit = i % 2 == 0 ? Fixtures.HEILIN : Fixtures.DONGTAI;
                Callable<String> call = () -> {
                    JsonPath page = as(user).get("/api/persons?size=100").then().statusCode(200).extract().jsonPath();
                    List<Number> units = page.getList("items.orgUnitId", Number.class);
                    return units.isEmpty() || units.stream().anyMatch(u -> u.longValue() != unit) ? user + " saw " + units : "ok";
                };
                answers.add(pool.submit(call));
            }
            for (Future<String> a : answers) {
                assertEquals("ok", a.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // and the pool's connections, all borrowed at once outside a transaction, carry no one's scope any more
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Connection c = dataSource.getConnection();
                borrowed.add(c);
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select coalesce(current_setting('fpms.scope_path', true), '')")) {
                    rs.next();
                    assertEquals("", rs.getString(1), "a pooled connection kept a scope");
                }
            }
        } finally {
            for (Connection c : borrowed) {
                c.close();
            }
        }
    }

    @Test
    void goingPastTheScopeIsAudited() throws Exception {
        as("village").get("/api/org-units/directory?q=东台").then().statusCode(200);
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            assertTrue(count(s, "select count(*) from audit_event where entity_type = 'DataScope' and entity_id = 'ORG_DIRECTORY'"
                    + " and action = 'PAST_SCOPE' and actor = 'village' and org_unit_id = " + Fixtures.HEILIN) > 0);
        }
    }

    /** Savepoints by SQL: the pool lets no one roll back a connection enlisted in the app's transaction. */
    private static void savepoint(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long copyHousehold(Connection c, long id, long unit) throws SQLException {
        try (PgCopy copy = new PgCopy(c, "household", "id, org_unit_id, code, address, type, status, version, created_at")) {
            copy.row(id, unit, "RLS" + id, "测试地址", "REGISTERED", "ACTIVE", 0, "2018-05-01 00:00:00+08");
            return copy.finish();
        }
    }

    private <T> T actingAs(String username, long unit, Callable<T> work) throws Exception {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            caller.actAs(new Caller.Acting(username, null, unit));
            return work.call();
        } finally {
            request.terminate();
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<Long> units(Statement s, String sql) throws SQLException {
        Set<Long> units = new java.util.HashSet<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                units.add(rs.getLong(1));
            }
        }
        return units;
    }
}
