package fpms.bench;

import fpms.embedded.DatabaseRoles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests per second and latency of the API's plainest reads under load, against the SQL ceiling of the same read,
 * and PRINTS them (issue 10: the org scope's cost). Not a test: run by the command in README.md ("Benchmarks").
 *
 * <p>A fresh embedded PostgreSQL with the demo data (as `mvn -Prun package` has it), the PACKAGED app against it, then
 * closed-loop clients — each connection sends its next request when the answer is in — for `GET /api/persons/{id}`
 * (the persons of 文昌镇, as `town`), `GET /api/auth/me` and `GET /api/households?size=20` at 1, 16 and 64
 * connections; then the same by-id read as SQL over JDBC at 1, 16 and 64 connections: the ceiling — the statement
 * Hibernate sends, as the app's role, bound by the same row-level security, the town's scope set once per connection. The load generator shares the machine with the app and the database.
 * Properties: -Dseconds (10 per measurement), -Dwarmup (10 seconds per endpoint), -Dconnections (1,16,64).
 */
public final class ApiThroughputBenchmark {

    /** The statement Hibernate sends for a person by id; row-level security adds the scope. */
    private static final String PERSON_BY_ID = "select p.* from person p where p.id = ?";

    private ApiThroughputBenchmark() {
    }

    /** One measurement: answers per second over the run, latency percentiles in ms, answers other than 200. */
    record Result(String what, int connections, double perSecond, double p50, double p99, long failed) {
        String line() {
            return String.format("%-34s %3d conn  %,8.0f req/s  p50 %6.1f  p99 %6.1f ms%s", what, connections, perSecond, p50, p99,
                    failed == 0 ? "" : String.format("  (%,d failed)", failed));
        }
    }

    /** One request of a client: its latency in ns, or -1 when it failed. */
    @FunctionalInterface
    interface Call {
        long run(int client, long i) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 10);
        int warmup = Integer.getInteger("warmup", 10);
        int[] connections = Arrays.stream(System.getProperty("connections", "1,16,64").split(",")).mapToInt(Integer::parseInt).toArray();
        Path backend = Files.isDirectory(Path.of("backend", "src")) ? Path.of("backend").toAbsolutePath() : Path.of("").toAbsolutePath();
        Path target = backend.resolve("target");
        Path pgDir = target.resolve("throughput-pg");
        System.out.printf("== FPMS API throughput: %d s per measurement, connections %s, %d cores ==%n", seconds,
                Arrays.toString(connections), Runtime.getRuntime().availableProcessors());
        List<Result> results = new ArrayList<>();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("max_connections", "200").start();
                App app = App.start(backend.resolve("target/quarkus-app/quarkus-run.jar"), target.resolve("throughput-data"),
                        target.resolve("throughput-app.log"), pg.getPort(), List.of())) { // as README's run command: no JVM option
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
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<HttpRequest> byId = new ArrayList<>();
            for (long id : persons) {
                byId.add(app.request("/api/persons/" + id, "town").GET().build());
            }
            HttpRequest me = app.request("/api/auth/me", "town").GET().build();
            HttpRequest households = app.request("/api/households?size=20", "town").GET().build();
            record Endpoint(String what, Call call) {
            }
            List<Endpoint> endpoints = List.of(
                    new Endpoint("GET /api/persons/{id}", (c, i) -> timed(http, byId.get((int) (i % byId.size())))),
                    new Endpoint("GET /api/auth/me", (c, i) -> timed(http, me)),
                    new Endpoint("GET /api/households?size=20", (c, i) -> timed(http, households)));
            for (Endpoint e : endpoints) {
                run(e.what(), 16, warmup, e.call()); // warm-up: the JIT, the pools
                for (int n : connections) {
                    results.add(print(run(e.what(), n, seconds, e.call())));
                }
            }
            // the ceiling: the same read as SQL, one JDBC connection per client, each statement prepared once
            for (int n : connections) {
                List<Connection> dbs = new ArrayList<>();
                List<PreparedStatement> statements = new ArrayList<>();
                for (int c = 0; c < n; c++) {
                    Connection db = DriverManager.getConnection(url + "?prepareThreshold=1", DatabaseRoles.APP, DatabaseRoles.APP_PASSWORD);
                    dbs.add(db);
                    try (PreparedStatement scope = db.prepareStatement("select set_config('fpms.scope_path', ?, false)")) {
                        scope.setString(1, townPath);
                        scope.execute();
                    }
                    statements.add(db.prepareStatement(PERSON_BY_ID));
                }
                Call sql = (c, i) -> {
                    long t0 = System.nanoTime();
                    PreparedStatement s = statements.get(c);
                    s.setLong(1, persons.get((int) (i % persons.size())));
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? System.nanoTime() - t0 : -1;
                    }
                };
                run("SQL: the same by-id read", n, Math.min(warmup, 3), sql);
                results.add(print(run("SQL: the same by-id read", n, seconds, sql)));
                for (Connection db : dbs) {
                    db.close();
                }
            }
        }
        System.out.println("\n== Summary ==");
        for (Result r : results) {
            double ceiling = results.stream().filter(s -> s.what().startsWith("SQL") && s.connections() == r.connections())
                    .mapToDouble(Result::perSecond).findFirst().orElse(Double.NaN);
            System.out.println(r.line() + (r.what().startsWith("SQL") ? "" : String.format("  %4.1f %% of SQL", 100 * r.perSecond() / ceiling)));
        }
    }

    private static Result print(Result r) {
        System.out.println("  " + r.line());
        return r;
    }

    private static long timed(HttpClient http, HttpRequest request) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return answer.statusCode() == 200 ? System.nanoTime() - t0 : -1;
    }

    /** `clients` threads send requests back to back for `seconds`; each keeps its own latencies. */
    private static Result run(String what, int clients, int seconds, Call call) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong failed = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1 << 12];
                int n = 0;
                while (System.nanoTime() < end) {
                    long ns;
                    try {
                        ns = call.run(client, sequence.getAndIncrement());
                    } catch (Exception e) {
                        ns = -1;
                    }
                    if (ns < 0) {
                        failed.incrementAndGet();
                        continue;
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = ns;
                }
                latencies[client] = mine;
                counts[client] = n;
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(what, clients, all.length / (double) seconds, percentile(all, 0.50), percentile(all, 0.99), failed.get());
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String one(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
