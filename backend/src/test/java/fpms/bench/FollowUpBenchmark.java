package fpms.bench;

import fpms.pregnancy.schedule.FollowUpKind;
import fpms.pregnancy.schedule.FollowUpRule;
import fpms.pregnancy.schedule.Schedule;
import fpms.pregnancy.schedule.ScheduleInput;
import fpms.pregnancy.schedule.SchedulePlanner;
import fpms.pregnancy.schedule.Slot;
import fpms.pregnancy.schedule.VisitRef;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Measures the follow-up targets on a province-sized register and PRINTS the numbers: with 60 000 active pregnancies
 * and about a million slots, a town's worklist p95 < 50 ms, a district's compliance for a month p95 < 500 ms (the largest district, asked by admin),
 * recording a visit p95 < 50 ms. Runs on the database the register benchmark left in target/bench-pg (run that
 * first); adds the pregnancies (random women of childbearing age over all 2 500 villages), their visits and their
 * slots planned by the schedule engine, all by COPY, then measures through the packaged app's HTTP API.
 * Properties: -Dpregnancies (60000), -Drequests (200), -Dwarmup (100 requests of each kind), -Dseed (2018), -Djar (another build's quarkus-run.jar on the same
 * data; -Ddb.owner=postgres for one from before the two database roles).
 */
public final class FollowUpBenchmark {

    private static final int END_MARGIN_DAYS = 14;

    private FollowUpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pregnancies = Integer.getInteger("pregnancies", 60_000);
        int requests = Integer.getInteger("requests", 200);
        Random rnd = new Random(Long.getLong("seed", 2018L));
        Path backend = Files.isDirectory(Path.of("backend", "src")) ? Path.of("backend").toAbsolutePath() : Path.of("").toAbsolutePath();
        Path target = backend.resolve("target");
        Path pgDir = target.resolve("bench-pg");
        if (!Files.isDirectory(pgDir)) {
            throw new IllegalStateException("no register database in " + pgDir + ": run the register benchmark first (README, Benchmarks)");
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("shared_buffers", "1GB").setServerConfig("work_mem", "64MB").setServerConfig("synchronous_commit", "off").start();
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
        List<String[]> summary = new ArrayList<>();
        try (App app = App.start(Path.of(System.getProperty("jar", backend.resolve("target/quarkus-app/quarkus-run.jar").toString())), target.resolve("bench-data"), target.resolve("bench-app.log"),
                pg.getPort(), List.of("-Xmx1g", "-XX:+UseSerialGC")); Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            long existing = count(db, "select count(*) from pregnancy where status = 'ACTIVE'");
            System.out.printf("== FPMS follow-up benchmark: %,d active pregnancies wanted, %,d there ==%n", pregnancies, existing);
            if (existing < pregnancies) {
                load(db, url, pregnancies - (int) existing, rnd);
            }
            summary.add(new String[] {"data", "active pregnancies / slots / visits", String.format("%,d / %,d / %,d",
                    count(db, "select count(*) from pregnancy where status = 'ACTIVE'"), count(db, "select count(*) from follow_up_slot"),
                    count(db, "select count(*) from visit")), ""});
            String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString().substring(0, 7);
            summary.add(measure(app, "worklist, town 文昌镇", "town", requests, 50, i -> get("/api/worklist?size=20&page=" + (i % 3))));
            long district = count(db, "select d.id from org_unit d where d.level = 'DISTRICT' order by (select count(*) from org_unit v"
                    + " where v.path like d.path || '%') desc, d.id limit 1"); // the largest (the demo 沙坡头区 holds only 13 units)
            long units = count(db, "select count(*) from org_unit v where v.path like (select path from org_unit where id = " + district + ") || '%'");
            summary.add(measure(app, "compliance, district " + district + " (" + units + " units) " + month, "admin", Math.max(20, requests / 4), 500,
                    i -> get("/api/follow-up-compliance?period=" + month + "&orgUnitId=" + district)));
            List<Long> village = ids(db, "select id from pregnancy where status = 'ACTIVE' and org_unit_id = 5 order by id");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            summary.add(measure(app, "record a visit, 黑林村 (" + village.size() + " pregnancies)", "village", requests, 50, i -> post("/api/visits",
                    "{\"pregnancyId\":" + village.get(i % village.size()) + ",\"kind\":\"HOME_VISIT\",\"date\":\"" + today
                            + "\",\"findings\":{\"condition\":\"良好\"}}")));
        } finally {
            pg.close();
        }
        System.out.println("\n== Summary ==");
        for (String[] r : summary) {
            System.out.printf("%-44s %-58s %s%n", r[0], r[1], r[2] + (r[3].isEmpty() ? "" : "  " + r[3]));
        }
    }

    private record Call(String method, String path, String body) {
    }

    private static Call get(String path) {
        return new Call("GET", path, null);
    }

    private static Call post(String path, String body) {
        return new Call("POST", path, body);
    }

    private static String[] measure(App app, String what, String user, int n, double targetMs, IntFunction<Call> call) throws Exception {
        int warmup = Integer.getInteger("warmup", 100); // a fresh JVM: ten requests measured its compiler, not the app
        for (int i = 0; i < warmup; i++) {
            send(app, user, call.apply(i));
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            send(app, user, call.apply(i + warmup));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double p95 = ms[(int) Math.ceil(0.95 * n) - 1];
        String numbers = String.format("p50 %.1f, p95 %.1f, max %.1f ms (n=%d)", ms[n / 2], p95, ms[n - 1], n);
        System.out.printf("  %-44s %s%n", what, numbers);
        return new String[] {what, numbers, String.format("p95 < %.0f ms", targetMs), p95 < targetMs ? "OK" : "MISSED"};
    }

    private static void send(App app, String user, Call c) throws Exception {
        HttpRequest.Builder r = app.request(c.path(), user).header("Content-Type", "application/json");
        r = c.body() == null ? r.GET() : r.method(c.method(), HttpRequest.BodyPublishers.ofString(c.body()));
        HttpResponse<String> answer = app.send(r.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(c.method() + " " + c.path() + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    /** n pregnancies of random women aged 20–40 without one, their visits (80 % of the past slots) and their plans. */
    private static void load(Connection db, String url, int n, Random rnd) throws Exception {
        long t0 = System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<long[]> women = new ArrayList<>(); // id, org unit
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select p.id, p.org_unit_id from person p"
                + " where p.sex = 'FEMALE' and p.birth_date between current_date - 40 * 365 and current_date - 20 * 365"
                + " and not exists (select 1 from pregnancy g where g.person_id = p.id) and random() < 0.12 limit " + n)) {
            while (rs.next()) {
                women.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        List<FollowUpRule> rules = FollowUpRule.defaults(LocalDate.of(2000, 1, 1));
        long pid = count(db, "select coalesce(max(id), 0) from pregnancy") + 100_000;
        long vid = count(db, "select coalesce(max(id), 0) from visit") + 100_000;
        List<Object[]> pregnancyRows = new ArrayList<>();
        List<Object[]> visitRows = new ArrayList<>();
        List<Object[]> slotRows = new ArrayList<>();
        for (long[] w : women) {
            pid++;
            LocalDate lmp = today.minusDays(30 + rnd.nextInt(240));
            LocalDate registered = lmp.plusDays(35 + rnd.nextInt(20));
            if (registered.isAfter(today)) {
                registered = today;
            }
            boolean high = rnd.nextInt(10) == 0;
            pregnancyRows.add(new Object[] {pid, w[1], w[0], lmp, lmp.plusDays(280), registered, 1 + rnd.nextInt(2), high ? "HIGH" : "LOW", "ACTIVE",
                "2018-01-01T00:00:00Z"});
            Schedule empty = SchedulePlanner.plan(new ScheduleInput(registered, lmp.plusDays(280), END_MARGIN_DAYS, null, rules, List.of()), today);
            List<VisitRef> done = new ArrayList<>();
            for (Slot s : empty.slots()) {
                if (!s.start().isAfter(today.minusDays(3)) && rnd.nextInt(10) < 8) {
                    LocalDate last = s.end().isBefore(today) ? s.end() : today;
                    done.add(new VisitRef(++vid, s.kind(), s.start().plusDays(rnd.nextInt((int) (last.toEpochDay() - s.start().toEpochDay()) + 1))));
                }
            }
            Schedule plan = SchedulePlanner.plan(new ScheduleInput(registered, lmp.plusDays(280), END_MARGIN_DAYS, null, rules, done), today);
            for (VisitRef v : done) {
                visitRows.add(new Object[] {v.id(), pid, w[1], v.kind(), v.date(), "bench", v.kind() == FollowUpKind.HOME_VISIT ? "{\"condition\":\"良好\"}"
                        : v.kind() == FollowUpKind.PREGNANCY_CHECK ? "{\"weightKg\":60,\"systolic\":115,\"diastolic\":75}"
                        : "{\"gestationalWeeks\":20,\"fetuses\":1}", "FILLS", "2018-01-01T00:00:00Z"});
            }
            for (Slot s : plan.slots()) {
                slotRows.add(new Object[] {pid, s.kind(), s.seq(), w[1], s.start(), s.end(), s.dueDate(), s.overdueFrom(), s.filledByVisitId(),
                    s.filledOn(), s.cancelledOn(), high, null});
            }
        }
        copy(url, "pregnancy", "id, org_unit_id, person_id, lmp, edd, registered_on, birth_order, risk_level, status, created_at", pregnancyRows);
        copy(url, "visit", "id, pregnancy_id, org_unit_id, kind, visit_date, performed_by, findings, placement, created_at", visitRows);
        copy(url, "follow_up_slot", "pregnancy_id, kind, seq, org_unit_id, start_date, end_date, due_date, overdue_from,"
                + " filled_by_visit_id, filled_on, cancelled_on, high_risk, responsible_worker_id", slotRows);
        long slots = slotRows.size();
        long visits = visitRows.size();
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze pregnancy");
            s.execute("vacuum analyze visit");
            s.execute("vacuum analyze follow_up_slot");
        }
        System.out.printf("loaded %,d pregnancies, %,d visits, %,d slots in %.0f s%n", women.size(), visits, slots, (System.nanoTime() - t0) / 1e9);
    }

    private static void copy(String url, String table, String columns, List<Object[]> rows) throws Exception {
        try (Copy c = new Copy(url, table, columns)) {
            for (Object[] r : rows) {
                c.row(r);
            }
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> ids(Connection db, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
