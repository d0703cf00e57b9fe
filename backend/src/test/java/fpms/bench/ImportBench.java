package fpms.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fpms.embedded.DatabaseRoles;
import java.io.BufferedWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Random;

/**
 * Import throughput end to end: a CSV in the template's layout (households of a head and 0–3 members in the eight
 * villages of 文昌镇, fresh valid ID numbers), uploaded as `town` in ALL_OR_NOTHING mode, polled until it ends.
 */
final class ImportBench {

    record Result(int rows, String status, String message, double endToEndSeconds, double serverSeconds, String codePrefix) {
        double rowsPerSecond() {
            return rows / endToEndSeconds;
        }
    }

    static final String HEADER = "村居,户编号,户地址,户类型,姓名,身份证号,与户主关系,民族,联系电话,婚姻状况,结婚日期,居住状态,流入来源地,到达日期,预计居住至,流出去向,离开日期";
    private static final String[] VILLAGES = {"黑林村", "东台村", "三里桥村", "新墩村", "倪滩村", "文萃社区", "雍楼社区", "应理社区"};
    private static final String REGION = "640502"; // 沙坡头区, where 文昌镇 is

    private ImportBench() {
    }

    static Result run(App app, Connection db, int rows, Path csv, Random rnd) throws Exception {
        String codePrefix = write(db, rows, csv, rnd);
        String boundary = "fpms-bench-" + Long.toHexString(rnd.nextLong());
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nALL_OR_NOTHING\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench-import.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest post = app.request("/api/imports", "town").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(csv), HttpRequest.BodyPublishers.ofByteArray(tail))).build();
        checkpoint(db);
        long t0 = System.nanoTime();
        HttpResponse<String> started = app.send(post, HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("POST /api/imports: " + started.statusCode() + " " + started.body());
        }
        long id = App.parse(started.body()).get("id").asLong();
        JsonNode job;
        do {
            Thread.sleep(100);
            job = app.getJson("/api/imports/" + id, "town");
        } while (!job.get("status").asText().equals("SUCCEEDED") && !job.get("status").asText().equals("FAILED"));
        double endToEnd = (System.nanoTime() - t0) / 1e9;
        double server = Duration.between(OffsetDateTime.parse(job.get("startedAt").asText()),
                OffsetDateTime.parse(job.get("finishedAt").asText())).toMillis() / 1000.0;
        String message = job.path("message").asText("");
        if (job.get("status").asText().equals("FAILED")) {
            message += " — first problems: " + app.getJson("/api/imports/" + id + "/errors?size=5", "town").get("items");
        }
        return new Result(rows, job.get("status").asText(), message, endToEnd, server, codePrefix);
    }

    record Floor(int rows, int households, int stays, int auditEvents, double seconds) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    /**
     * What PostgreSQL alone needs to write exactly what the import wrote — its households, persons, stays and audit
     * events, with every index, constraint, foreign key and trigger of those tables — measured without the app: the
     * import's own rows, copied with fresh ids, household codes and ID numbers into temporary tables first (not timed),
     * are inserted by four INSERT … SELECT and the deferred keys checked, in one transaction that is rolled back — as the
     * app's role in the importer's scope, so under the same row-level security as the import. No import can be faster;
     * the benchmark compares the import's end-to-end rate with this floor.
     */
    static Floor databaseFloor(Connection db, String codePrefix, String scopePath) throws Exception {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        long shift = 4_000_000_000L; // ids no sequence hands out in this run
        try (Statement s = db.createStatement()) {
            s.execute("create temporary table floor_household on commit drop as select * from household where code like '"
                    + codePrefix + "%'");
            s.execute("update floor_household set id = id + " + shift + ", head_id = head_id + " + shift + ", code = code || 'F'");
            s.execute("create temporary table floor_person on commit drop as select row_number() over (order by p.id) as n, p.*"
                    + " from person p where p.household_id in (select id - " + shift + " from floor_household)");
            s.execute("update floor_person set id = id + " + shift + ", household_id = household_id + " + shift);
            // the same ID numbers in another populated region (640104): new entries land among millions, as the import's
            // did; the few taken there already get a number of a region no one has (659…)
            String moved = "('640104' || substr(id_number, 7, 11))";
            s.execute("update floor_person set id_number = " + moved + " || gb11643_check_char(" + moved + ")");
            String free = "('659' || lpad(n::text, 6, '0') || to_char(birth_date, 'YYYYMMDD'))";
            s.execute("update floor_person f set id_number = " + free + " || gb11643_check_char(" + free + ")"
                    + " where exists (select 1 from person p where p.id_number = f.id_number)");
            s.execute("create temporary table floor_stay on commit drop as select * from household_membership"
                    + " where person_id in (select id - " + shift + " from floor_person)");
            s.execute("update floor_stay set id = id + " + shift + ", household_id = household_id + " + shift + ", person_id = person_id + " + shift);
            s.execute("create temporary table floor_audit on commit drop as select * from audit_event a where"
                    + " (a.entity_type = 'Person' and a.entity_id in (select (id - " + shift + ")::text from floor_person))"
                    + " or (a.entity_type = 'Household' and a.entity_id in (select (id - " + shift + ")::text from floor_household))");
            s.execute("update floor_audit set id = id + " + shift + ", entity_id = (entity_id::bigint + " + shift + ")::text");
            String[] inserts = {copy(db, "household", "floor_household"), copy(db, "person", "floor_person"),
                copy(db, "household_membership", "floor_stay"), copy(db, "audit_event", "floor_audit")};
            checkpoint(db);
            s.execute("grant select on floor_household, floor_person, floor_stay, floor_audit to " + DatabaseRoles.APP);
            s.execute("set local role " + DatabaseRoles.APP);
            s.execute("select set_config('fpms.scope_path', '" + scopePath + "', true)");
            long t0 = System.nanoTime();
            int households = s.executeUpdate(inserts[0]);
            int persons = s.executeUpdate(inserts[1]);
            int stays = s.executeUpdate(inserts[2]);
            int audits = s.executeUpdate(inserts[3]);
            s.execute("set constraints all immediate"); // the deferred head keys, checked as the import's commit checks them
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Floor(persons, households, stays, audits, seconds);
        } finally {
            db.rollback();
            db.setAutoCommit(autoCommit);
        }
    }

    /**
     * Both the import and its floor start right after a checkpoint: the first change of a page after one writes the whole
     * page to the WAL, which on a register of millions is most of the cost (a second writer in the same checkpoint
     * cycle would find the pages of the first already written and look twice as fast).
     */
    private static void checkpoint(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("checkpoint");
        }
    }

    /** INSERT … SELECT of the table's written columns (not the generated ones) from the prepared rows. */
    private static String copy(Connection db, String table, String from) throws Exception {
        StringBuilder columns = new StringBuilder();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select column_name from information_schema.columns"
                + " where table_name = '" + table + "' and table_schema = current_schema() and is_generated = 'NEVER' order by ordinal_position")) {
            while (rs.next()) {
                columns.append(columns.length() == 0 ? "" : ", ").append(rs.getString(1));
            }
        }
        return "insert into " + table + " (" + columns + ") select " + columns + " from " + from;
    }

    /** The CSV: one row per person, households of 1 户主 + 0–3 others; about 5 % floating-in households. */
    /** Writes the CSV; returns the prefix of its household codes, fresh in each run. */
    private static String write(Connection db, int rows, Path csv, Random rnd) throws Exception {
        IdNumbers ids = new IdNumbers();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id_number from person where id_number like '" + REGION + "%'")) {
            while (rs.next()) {
                ids.markUsed(rs.getString(1)); // one person per ID number: never reuse one already registered
            }
        }
        LocalDate today = LocalDate.now(OrgTree.ZONE);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(); // fresh household codes each run
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            int written = 0;
            for (int h = 1; written < rows; h++) {
                String village = VILLAGES[rnd.nextInt(VILLAGES.length)];
                String household = village + "," + "BM-" + run + String.format("-%06d", h) + "," + village + (1 + rnd.nextInt(8)) + "组" + (1 + rnd.nextInt(300)) + "号,";
                boolean floating = rnd.nextInt(100) < 5;
                household += floating ? "流动" : "户籍";
                String surname = Names.surname(rnd);
                String ethnicity = Names.HUI.contains(surname) ? "回族" : "汉族";
                int headAge = 25 + rnd.nextInt(50);
                LocalDate arrival = today.minusDays(30 + rnd.nextInt(700));
                int size = Math.min(rows - written, 1 + rnd.nextInt(4));
                for (int m = 0; m < size; m++) {
                    boolean male = m == 0 || (m > 1 && rnd.nextBoolean()); // head male, spouse female
                    int age = m == 0 ? headAge : m == 1 ? headAge - rnd.nextInt(4) : rnd.nextInt(headAge - 22);
                    LocalDate birth = IdNumbers.clamp(IdNumbers.LAST.minusYears(age).minusDays(rnd.nextInt(365)));
                    boolean married = m < 2 && size > 1;
                    String[] cells = {household, Names.full(m == 1 ? Names.surname(rnd) : surname, male, rnd), ids.next(REGION, birth, male, rnd),
                        m == 0 ? "户主" : m == 1 ? "配偶" : "子女", ethnicity,
                        age >= 16 && rnd.nextInt(100) < 85 ? "139" + String.format("%08d", rnd.nextInt(100_000_000)) : "",
                        married ? "初婚" : age >= 16 ? "未婚" : "", married ? birth.plusYears(age - 2 < 22 ? age - 2 : 22).toString() : "",
                        floating ? "流入" : "户籍", floating ? HouseholdGenerator.ORIGINS[rnd.nextInt(HouseholdGenerator.ORIGINS.length)] : "",
                        floating ? later(arrival, birth).toString() : "", floating ? later(arrival, birth).plusYears(2).toString() : "", "", ""};
                    out.write(String.join(",", cells) + "\n");
                    written++;
                }
            }
        }
        return "BM-" + run;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? b : a;
    }
}
