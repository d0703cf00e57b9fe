package fpms.bench;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Export memory: streams GET /api/persons/export?format=CSV for one org unit's subtree, counting lines without keeping
 * them, while reading the app's heap from /q/metrics every 200 ms (the peak, garbage included) and, every second,
 * right after a full GC (the live peak: what the export really holds). Each export starts right after a full GC.
 * Memory is constant when a big export peaks about as high as a ten-times smaller one.
 */
final class ExportBench {

    record Unit(long id, String name, long persons) {
    }

    record Result(Unit unit, long rows, double seconds, long baseHeap, long peakHeap, long peakLive, int samples) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private ExportBench() {
    }

    static Result run(App app, Unit unit) throws Exception {
        app.gc();
        long base = app.heap();
        AtomicLong peakHeap = new AtomicLong(base);
        AtomicLong peakLive = new AtomicLong(base);
        AtomicLong samples = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> {
            try {
                peakHeap.accumulateAndGet(app.heap(), Math::max);
                samples.incrementAndGet();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                System.out.println("  heap sample failed: " + e);
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        sampler.scheduleWithFixedDelay(() -> {
            try {
                app.gc();
                peakLive.accumulateAndGet(app.heap(), Math::max);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                System.out.println("  live heap sample failed: " + e);
            }
        }, 500, 1000, TimeUnit.MILLISECONDS);
        long t0 = System.nanoTime();
        long lines = 0;
        try {
            HttpResponse<InputStream> r = app.send(app.request("/api/persons/export?format=CSV&orgUnitId=" + unit.id(), "admin").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("export of " + unit.name() + ": " + r.statusCode() + " " + new String(r.body().readAllBytes()));
            }
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = r.body()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
        } finally {
            sampler.shutdownNow();
            sampler.awaitTermination(10, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(unit, lines - 1, seconds, base, peakHeap.get(), peakLive.get(), (int) samples.get());
    }

    /** The whole province: the root unit and every active person of the register. */
    static Unit province(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select o.id, o.name, (select count(*) from person"
                + " where status = 'ACTIVE') from org_unit o where o.parent_id is null")) {
            rs.next();
            return new Unit(rs.getLong(1), rs.getString(2), rs.getLong(3));
        }
    }

    /** The city, district or town whose subtree holds the number of active persons nearest to the target. */
    static Unit nearest(Connection db, long target) throws Exception {
        Map<String, Long> perVillage = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select o.path, count(*) from person p join org_unit o on o.id = p.org_unit_id where p.status = 'ACTIVE' group by o.path")) {
            while (rs.next()) {
                perVillage.put(rs.getString(1), rs.getLong(2));
            }
        }
        Unit best = null;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select id, name, path from org_unit where level in ('CITY', 'DISTRICT', 'TOWN')")) {
            while (rs.next()) {
                String path = rs.getString(3);
                long n = perVillage.entrySet().stream().filter(e -> e.getKey().startsWith(path)).mapToLong(Map.Entry::getValue).sum();
                if (best == null || Math.abs(n - target) < Math.abs(best.persons() - target)) {
                    best = new Unit(rs.getLong(1), rs.getString(2), n);
                }
            }
        }
        return best;
    }
}
