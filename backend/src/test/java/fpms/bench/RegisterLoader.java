package fpms.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

/**
 * Loads a province-scale register straight into PostgreSQL, bypassing the app: the org tree, then households,
 * persons and their stays by COPY with the secondary indexes and foreign keys dropped, then rebuilds those,
 * VACUUM ANALYZE, and moves the id sequences past the loaded ids (increment 50, pooled-lo: nextval v means v..v+49).
 */
final class RegisterLoader {

    record Loaded(long villages, long households, long persons, long stays, double copySeconds, double indexSeconds,
            double vacuumSeconds, double totalSeconds, boolean schemaRestored) {
    }

    private static final String[][] SEQUENCES = {{"person_seq", "person"}, {"household_seq", "household"},
        {"household_membership_seq", "household_membership"}, {"audit_event_seq", "audit_event"}, {"org_unit_seq", "org_unit"}};

    private RegisterLoader() {
    }

    static Loaded load(String jdbcUrl, long persons, Random rnd) throws Exception {
        long t0 = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = db.createStatement()) {
            List<OrgTree.Village> villages = OrgTree.create(db, rnd);
            IdNumbers ids = new IdNumbers();
            try (ResultSet rs = s.executeQuery("select id_number from person")) { // the demo persons keep their numbers
                while (rs.next()) {
                    ids.markUsed(rs.getString(1));
                }
            }
            SchemaSwap swap = SchemaSwap.dropFor(db);
            System.out.printf("org tree: %,d villages; dropped %d indexes and foreign keys; loading %,d persons…%n",
                    villages.size(), swap.count(), persons);

            long tCopy = System.nanoTime();
            HouseholdGenerator gen = new HouseholdGenerator(rnd, ids);
            long households;
            long stays;
            try (Copy hh = new Copy(jdbcUrl, "household", HouseholdGenerator.HOUSEHOLD_COLUMNS);
                    Copy people = new Copy(jdbcUrl, "person", HouseholdGenerator.PERSON_COLUMNS);
                    Copy members = new Copy(jdbcUrl, "household_membership", HouseholdGenerator.STAY_COLUMNS)) {
                double total = villages.stream().mapToDouble(OrgTree.Village::share).sum();
                double upTo = 0;
                long assigned = 0;
                long nextReport = 1_000_000;
                for (OrgTree.Village v : villages) {
                    upTo += v.share() / total;
                    long quota = Math.round(upTo * persons) - assigned; // the village's persons; the last takes the rounding
                    assigned += quota;
                    for (int number = 1; quota > 0; number++) {
                        int size = (int) Math.min(gen.size(), quota);
                        gen.household(v, number, size, hh, people, members);
                        quota -= size;
                    }
                    if (people.rows() >= nextReport) {
                        System.out.printf("  %,d persons (%.0f s)%n", people.rows(), (System.nanoTime() - tCopy) / 1e9);
                        nextReport += 1_000_000;
                    }
                }
                households = hh.rows();
                stays = members.rows();
            }
            double copySeconds = (System.nanoTime() - tCopy) / 1e9;
            System.out.printf("COPY: %,d households, %,d persons, %,d stays in %.1f s (%,.0f persons/s)%n",
                    households, persons, stays, copySeconds, persons / copySeconds);

            long tIndex = System.nanoTime();
            swap.restore(db);
            double indexSeconds = (System.nanoTime() - tIndex) / 1e9;
            boolean restored = swap.restored(db);
            long tVacuum = System.nanoTime();
            s.execute("vacuum analyze org_unit, household, person, household_membership");
            double vacuumSeconds = (System.nanoTime() - tVacuum) / 1e9;
            for (String[] seq : SEQUENCES) {
                s.execute("select setval('" + seq[0] + "', greatest((select coalesce(max(id), 0) from " + seq[1] + ") + 1, "
                        + "(select last_value from " + seq[0] + ") + 50), false)");
            }
            double totalSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("indexes and foreign keys %.1f s (same definitions as before: %s), VACUUM ANALYZE %.1f s, load total %.1f s%n",
                    indexSeconds, restored, vacuumSeconds, totalSeconds);
            return new Loaded(villages.size(), households, persons, stays, copySeconds, indexSeconds, vacuumSeconds, totalSeconds, restored);
        }
    }
}
