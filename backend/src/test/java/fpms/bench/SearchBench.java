package fpms.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Search latency through the real API, one request at a time: GET /api/persons?q=… for each kind of search box
 * input, with search texts taken from persons the user can actually see (so "exists" means exists in their area).
 * Each kind gets a time budget, so that a very slow kind reports what it measured instead of running for hours.
 */
final class SearchBench {

    record Result(String user, String kind, int n, double p50, double p95, double p99, double max, double hits) {
        boolean ok() {
            return p95 < 100;
        }
    }

    private record Sample(String name, String id) {
    }

    private static final List<String> KINDS = List.of("full name", "name, 1 char wrong", "name, 2 chars", "ID last 4", "ID last 6", "full ID");

    private SearchBench() {
    }

    static List<Result> run(App app, Connection db, String user, String scopePath, Random rnd, int timed, int warmup, int budgetSeconds)
            throws Exception {
        List<Sample> samples = samples(db, scopePath);
        List<Result> results = new ArrayList<>();
        for (String kind : KINDS) {
            BiFunction<Sample, Random, String> text = switch (kind) {
                case "full name" -> (s, r) -> s.name();
                case "name, 1 char wrong" -> (s, r) -> Names.typo(s.name(), r);
                case "name, 2 chars" -> (s, r) -> Names.partial(s.name(), r);
                case "ID last 4" -> (s, r) -> s.id().substring(14);
                case "ID last 6" -> (s, r) -> s.id().substring(12);
                default -> (s, r) -> s.id();
            };
            long deadline = System.nanoTime() + budgetSeconds * 250_000_000L; // a quarter of the budget at most for the warm-up
            for (int i = 0; i < warmup && System.nanoTime() < deadline; i++) {
                search(app, user, text.apply(samples.get(rnd.nextInt(samples.size())), rnd));
            }
            double[] ms = new double[timed];
            long hits = 0;
            int n = 0;
            deadline = System.nanoTime() + budgetSeconds * 1_000_000_000L;
            for (; n < timed && System.nanoTime() < deadline; n++) {
                String q = text.apply(samples.get(rnd.nextInt(samples.size())), rnd);
                long t0 = System.nanoTime();
                HttpResponse<String> r = search(app, user, q);
                ms[n] = (System.nanoTime() - t0) / 1e6;
                hits += App.parse(r.body()).get("total").asLong();
            }
            double[] sorted = Arrays.copyOf(ms, n);
            Arrays.sort(sorted);
            Result res = new Result(user, kind, n, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[n - 1], (double) hits / n);
            System.out.printf("  %-6s %-20s n=%3d  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms  avg total %,10.1f  %s%n", user, kind, n,
                    res.p50(), res.p95(), res.p99(), res.max(), res.hits(), res.ok() ? "OK" : "MISSED (p95 >= 100 ms)");
            results.add(res);
        }
        return results;
    }

    private static HttpResponse<String> search(App app, String user, String q) throws Exception {
        HttpResponse<String> r = app.send(app.request("/api/persons?size=20&q=" + App.encode(q), user).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("search " + q + " as " + user + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    /** About 4 000 random persons of the user's area (the subtree of scopePath). */
    private static List<Sample> samples(Connection db, String scopePath) throws Exception {
        String scope = " from person p join org_unit o on o.id = p.org_unit_id where o.path >= ? and o.path < ? || '~' and p.status = 'ACTIVE'";
        long count;
        try (PreparedStatement s = db.prepareStatement("select count(*)" + scope)) {
            s.setString(1, scopePath);
            s.setString(2, scopePath);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
            }
        }
        List<Sample> samples = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select p.name, p.id_number" + scope + " and random() < ? limit 4000")) {
            s.setString(1, scopePath);
            s.setString(2, scopePath);
            s.setDouble(3, Math.min(1.0, 4000.0 / count));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    samples.add(new Sample(rs.getString(1), rs.getString(2)));
                }
            }
        }
        Collections.shuffle(samples, new Random(7));
        return samples;
    }

    /** Nearest-rank percentile of sorted values. */
    private static double pct(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
