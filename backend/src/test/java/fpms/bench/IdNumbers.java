package fpms.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Valid 18-character ID numbers (GB 11643-1999: 6-digit region, yyyyMMdd, 3-digit sequence with odd = male,
 * check character), each handed out once: the person table has a UNIQUE index on id_number.
 * One bit per (region, birth day, sequence) keeps 7 million of them in about 5 MB per region.
 */
final class IdNumbers {

    static final LocalDate FIRST = LocalDate.of(1930, 1, 1);
    static final LocalDate LAST = LocalDate.of(2025, 12, 31);
    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final Map<String, BitSet> used = new HashMap<>();

    /** A fresh number for someone of this region, born on this day (clamped to 1930–2025), of this sex. */
    String next(String region, LocalDate birth, boolean male, Random rnd) {
        int day = dayOf(birth);
        BitSet bits = used.computeIfAbsent(region, r -> new BitSet(DAYS * 1000));
        for (int tries = 0; tries < 5000; tries++) {
            int seq = rnd.nextInt(500) * 2 + (male ? 1 : 0);
            if (!bits.get(day * 1000 + seq)) {
                bits.set(day * 1000 + seq);
                return format(region, FIRST.plusDays(day), seq);
            }
        }
        throw new IllegalStateException("no free ID number left for " + region + " " + birth);
    }

    /** Records a number that already exists (demo data, earlier imports), so that it is never handed out. */
    void markUsed(String id) {
        LocalDate birth;
        try {
            birth = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
        } catch (RuntimeException notADate) {
            return;
        }
        if (!birth.isBefore(FIRST) && !birth.isAfter(LAST)) {
            used.computeIfAbsent(id.substring(0, 6), r -> new BitSet(DAYS * 1000))
                    .set(dayOf(birth) * 1000 + Integer.parseInt(id.substring(14, 17)));
        }
    }

    static LocalDate clamp(LocalDate d) {
        return d.isBefore(FIRST) ? FIRST : d.isAfter(LAST) ? LAST : d;
    }

    private static int dayOf(LocalDate birth) {
        return (int) ChronoUnit.DAYS.between(FIRST, clamp(birth));
    }

    private static String format(String region, LocalDate birth, int seq) {
        char[] c = new char[18];
        region.getChars(0, 6, c, 0);
        put(c, 6, birth.getYear(), 4);
        put(c, 10, birth.getMonthValue(), 2);
        put(c, 12, birth.getDayOfMonth(), 2);
        put(c, 14, seq, 3);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (c[i] - '0') * WEIGHTS[i];
        }
        c[17] = CHECK.charAt(sum % 11);
        return new String(c);
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--, value /= 10) {
            c[i] = (char) ('0' + value % 10);
        }
    }
}
