package fpms.bench;

import fpms.embedded.DatabaseRoles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Requests per second and latency of the API's plainest reads under load, against the SQL ceiling of the same read,
 * and PRINTS them (issue 10: the org scope's cost). Not a test: run by the command in README.md ("Benchmarks").
 *
 * <p>A fresh embedded PostgreSQL with the demo data (as `mvn -Prun package` has it), the PACKAGED app against it, then
 * wrk (closed loop: each connection sends its next request when the answer is in) for `GET /api/persons/{id}` (the
 * persons of 文昌镇, as `town`), `GET /api/auth/me` and `GET /api/households?size=20` at 1, 16 and 64 connections, each
 * after warming up in 10-second rounds until three in a row agree within 5 % (at least twelve for the first endpoint:
 * the JIT of a cold app keeps a core busy for two minutes and more);
 * then pgbench with the same by-id statement on the same database at the same connection counts: the ceiling — as the
 * app's role, bound by the same row-level security, the town's scope set for each connection. The load generators
 * share the 2 cores with the app and the database.
 *
 * <p>Needs wrk and pgbench (Debian: apt-get install wrk postgresql). Properties: -Dseconds (10 per measurement),
 * -Dconnections (1,16,64), -Djar (another build's quarkus-run.jar, e.g. the one before a change; -Ddb.owner=postgres for
 * a build from before the two roles), -Dapp.opts (JVM options of the app, e.g. a flight recording).
 */
public final class ApiThroughputBenchmark {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    /** -Ddb.owner=postgres: the app (-Djar) is a build from before the two roles and row-level security. */
    private static final boolean BEFORE_ROLES = "postgres".equals(System.getProperty("db.owner"));
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private ApiThroughputBenchmark() {
    }

    /** One measurement: answers per second over the run, latency percentiles in ms, answers other than 200. */
    record Result(String what, int connections, double perSecond, double p50, double p99, long failed) {
        String line() {
            return String.format("%-30s %3d conn  %,8.0f req/s  p50 %6.1f  p99 %6.1f ms%s", what, connections, perSecond, p50, p99,
                    failed == 0 ? "" : String.format("  (%,d failed)", failed));
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 10);
        int[] connections = Arrays.stream(System.getProperty("connections", "1,16,64").split(",")).mapToInt(Integer::parseInt).toArray();
        Path backend = Files.isDirectory(Path.of("backend", "src")) ? Path.of("backend").toAbsolutePath() : Path.of("").toAbsolutePath();
        Path target = backend.resolve("target");
        Path jar = Path.of(System.getProperty("jar", backend.resolve("target/quarkus-app/quarkus-run.jar").toString()));
        String wrk = tool("wrk");
        String pgbench = tool("pgbench");
        System.out.printf("== FPMS API throughput: %s, %d s per measurement, connections %s, %d cores ==%n", jar, seconds,
                Arrays.toString(connections), Runtime.getRuntime().availableProcessors());
        List<Result> results = new ArrayList<>();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(target.resolve("throughput-pg")).setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("max_connections", "200").start();
                App app = App.start(jar, target.resolve("throughput-data"), target.resolve("throughput-app.log"), pg.getPort(), appOptions())) {
            String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
            String townPath;
            List<Long> persons = new ArrayList<>();
            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
                townPath = one(db, "select o.path from org_unit o join app_user u on u.org_unit_id = o.id where u.username = 'town'");
                try (ResultSet rs = db.createStatement().executeQuery("select p.id from person p join org_unit o on o.id = p.org_unit_id"
                        + " where o.path like '" + townPath + "%' order by p.id")) {
                    while (rs.next()) {
                        persons.add(rs.getLong(1));
                    }
                }
            }
            System.out.printf("demo data: %d persons in 文昌镇 (%s)%n", persons.size(), townPath);
            String bearer = "Bearer " + app.token("town");
            String ids = persons.stream().map(String::valueOf).collect(Collectors.joining(","));
            record Endpoint(String what, String path) {
            }
            List<Endpoint> endpoints = List.of(
                    new Endpoint("GET /api/persons/{id}", "\"/api/persons/\" .. ids[(n % #ids) + 1]"),
                    new Endpoint("GET /api/auth/me", "\"/api/auth/me\""),
                    new Endpoint("GET /api/households?size=20", "\"/api/households?size=20\""));
            for (Endpoint e : endpoints) {
                Path script = target.resolve("wrk-" + endpoints.indexOf(e) + ".lua");
                Files.writeString(script, "local ids = {" + ids + "}\nlocal n = 0\nrequest = function()\n  n = n + 1\n"
                        + "  return wrk.format(\"GET\", " + e.path() + ", {[\"Authorization\"] = \"" + bearer + "\"})\nend\n");
                warmUp(e.what(), endpoints.indexOf(e) == 0 ? 12 : 3, () -> wrk(wrk, app.base(), script, e.what(), 16, 10));
                for (int n : connections) {
                    results.add(print(wrk(wrk, app.base(), script, e.what(), n, seconds)));
                }
            }
            Path sql = target.resolve("pgbench-by-id.sql");
            // the statement Hibernate sends for a person by id (a build from before the roles: with the filter's condition)
            Files.writeString(sql, "\\set id random(" + persons.get(0) + ", " + persons.get(persons.size() - 1) + ")\n"
                    + "select p.* from person p where p.id = :id" + (BEFORE_ROLES ? " and p.org_unit_id in (select d.id from org_unit d"
                    + " where d.path >= '" + townPath + "' and d.path < '" + townPath + "~')" : "") + ";\n");
            warmUp("SQL", 3, () -> pgbench(pgbench, pg.getPort(), townPath, sql, target, 16, 5));
            for (int n : connections) {
                results.add(print(pgbench(pgbench, pg.getPort(), townPath, sql, target, n, seconds)));
            }
        }
        System.out.println("\n== Summary ==");
        for (Result r : results) {
            double ceiling = results.stream().filter(s -> s.what().startsWith("SQL") && s.connections() == r.connections())
                    .mapToDouble(Result::perSecond).findFirst().orElse(Double.NaN);
            System.out.println(r.line() + (r.what().startsWith("SQL") ? "" : String.format("  %4.1f %% of SQL", 100 * r.perSecond() / ceiling)));
        }
    }

    @FunctionalInterface
    interface Measurement {
        Result run() throws Exception;
    }

    /**
     * Rounds of 10 s until three in a row agree within 5 % of their mean, after at least {@code minRounds} (at most 24).
     * A cold JVM's compiler keeps a core busy for two minutes or more on 2 cores, and its throughput plateaus on the
     * way: a run that stopped when two rounds agreed measured one build at 660 req/s that does 1 800 warm.
     */
    private static void warmUp(String what, int minRounds, Measurement round) throws Exception {
        List<Double> rounds = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            double now = round.run().perSecond();
            rounds.add(now);
            System.out.printf("  warm-up %s round %d: %,.0f/s%n", what, i, now);
            if (i >= Math.max(3, minRounds)) {
                List<Double> last = rounds.subList(i - 3, i);
                double mean = last.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                if (last.stream().allMatch(r -> Math.abs(r - mean) / mean < 0.05)) {
                    return;
                }
            }
        }
    }

    private static Result wrk(String wrk, String base, Path script, String what, int connections, int seconds) throws Exception {
        String out = run(List.of(wrk, "-t" + Math.min(2, connections), "-c" + connections, "-d" + seconds + "s", "--latency",
                "-s", script.toString(), base), List.of());
        Matcher rate = RATE.matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        Matcher bad = NON_2XX.matcher(out);
        return new Result(what, connections, Double.parseDouble(rate.group(1)), wrkMillis(out, "50%"), wrkMillis(out, "99%"),
                bad.find() ? Long.parseLong(bad.group(1)) : 0);
    }

    /** A latency percentile of wrk's --latency table ("99%   23.75ms"), in ms. */
    private static double wrkMillis(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    /** pgbench as the app's role with the town's scope; latency percentiles from its per-transaction log. */
    private static Result pgbench(String pgbench, int port, String scopePath, Path script, Path target, int connections, int seconds)
            throws Exception {
        Path logs = Files.createDirectories(target.resolve("pgbench-logs"));
        try (Stream<Path> old = Files.list(logs)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        String out = run(List.of(pgbench, "-n", "-M", "prepared", "-c", String.valueOf(connections), "-j", String.valueOf(Math.min(2, connections)),
                "-T", String.valueOf(seconds), "-f", script.toString(), "-l", "--log-prefix=" + logs.resolve("tx"),
                "-h", "localhost", "-p", String.valueOf(port), "-U", BEFORE_ROLES ? "postgres" : DatabaseRoles.APP, "postgres"),
                List.of("PGPASSWORD=" + (BEFORE_ROLES ? "postgres" : DatabaseRoles.APP_PASSWORD), "PGOPTIONS=-c fpms.scope_path=" + scopePath));
        Matcher tps = TPS.matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench said: " + out);
        }
        List<Long> micros = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    micros.add(Long.parseLong(line.split(" ")[2]));
                }
            }
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result("SQL: the same by-id read", connections, Double.parseDouble(tps.group(1)),
                sorted[(int) (sorted.length * 0.50)] / 1000.0, sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)] / 1000.0, 0);
    }

    private static String run(List<String> command, List<String> env) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        for (String e : env) {
            b.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        }
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command.get(0) + " failed: " + out);
        }
        return out;
    }

    /** On the PATH, or pgbench where Debian puts it. */
    private static String tool(String name) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                for (Path v : versions.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (Files.isExecutable(v.resolve("bin").resolve(name))) {
                        return v.resolve("bin").resolve(name).toString();
                    }
                }
            }
        }
        throw new IllegalStateException(name + " is needed: apt-get install wrk postgresql");
    }

    /** None, as the README's run command; -Dapp.opts adds some (a profiler: -XX:StartFlightRecording=…). */
    private static List<String> appOptions() {
        return Arrays.stream(System.getProperty("app.opts", "").split("\\s+")).filter(o -> !o.isBlank()).toList();
    }

    private static Result print(Result r) {
        System.out.println("  " + r.line());
        return r;
    }

    private static String one(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
