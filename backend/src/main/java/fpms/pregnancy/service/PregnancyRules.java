package fpms.pregnancy.service;

import fpms.common.error.ProblemException;
import fpms.common.time.DateBounds;
import fpms.household.Person;
import fpms.pregnancy.Pregnancy;
import java.time.LocalDate;

/**
 * What a pregnancy can be: the woman's age at the LMP, the expected delivery, and when and how it can end. The
 * impossible is refused (400 naming the field); the rare but real needs a reason, which is kept with the record.
 */
public final class PregnancyRules {

    /** Younger at the LMP: refused — a register's pregnancy of a child under 12 is a wrong person or date, not a case. */
    public static final int YOUNGEST = 12;
    /** From {@link #YOUNGEST} to this age (exclusive): only with a reason — rare, and a child-protection case to explain. */
    public static final int YOUNG_UNTIL = 14;
    /** From this age at the LMP: only with a reason — past the average menopause (about 50) a pregnancy is rare. */
    public static final int OLD_FROM = 50;
    /** Older at the LMP: refused — a natural pregnancy after 55 is not known, assisted ones are not village follow-ups. */
    public static final int OLDEST = 55;
    /** No pregnancy lasts longer than 44 weeks: an outcome later than that means the LMP is wrong. */
    public static final int LONGEST_DAYS = 44 * 7;
    /** The EDD lies 36 weeks to the longest pregnancy after the LMP: else it estimates no delivery (term: 37–42 weeks). */
    public static final int EDD_EARLIEST_DAYS = 36 * 7;
    /** A delivery before 20 weeks is a miscarriage (an end), not a birth: no fetus is born alive that early. */
    public static final int DELIVERY_EARLIEST_DAYS = 20 * 7;
    /** A live birth before 22 weeks (the limit of viability) is a loss unless a reason says why it is recorded as a birth. */
    public static final int LIVE_BIRTH_DAYS = 22 * 7;

    private PregnancyRules() {
    }

    /** The woman's age at the LMP: refused below {@link #YOUNGEST} and above {@link #OLDEST}, a reason at the rare ages. */
    static void age(Person woman, LocalDate lmp, String ageReason) {
        int age = woman.ageOn(lmp);
        if (age < YOUNGEST || age > OLDEST) {
            throw ProblemException.invalidField("personId", "pregnancy.age.impossible", age, YOUNGEST, OLDEST);
        }
        if ((age < YOUNG_UNTIL || age >= OLD_FROM) && blank(ageReason)) {
            throw ProblemException.invalidField("ageReason", "pregnancy.age.reason", age);
        }
    }

    /** Whether the age at the LMP is one that needs a reason (which is then kept, else dropped). */
    static boolean ageNeedsReason(Person woman, LocalDate lmp) {
        int age = woman.ageOn(lmp);
        return age < YOUNG_UNTIL || age >= OLD_FROM;
    }

    /** An EDD 36 to 44 weeks after the LMP; one other than LMP + 280 days needs a reason. */
    static void edd(LocalDate lmp, LocalDate edd, String eddReason) {
        if (edd == null) {
            return;
        }
        LocalDate earliest = lmp.plusDays(EDD_EARLIEST_DAYS);
        LocalDate latest = lmp.plusDays(LONGEST_DAYS);
        if (edd.isBefore(earliest) || edd.isAfter(latest)) {
            throw ProblemException.invalidField("edd", "pregnancy.edd.range", earliest, latest);
        }
        LocalDate byRule = Pregnancy.eddFrom(lmp);
        if (!edd.equals(byRule) && blank(eddReason)) {
            throw ProblemException.invalidField("eddReason", "pregnancy.edd.reason", byRule);
        }
    }

    /** An outcome (delivery, end, transfer): not in the future, not before the registration, within the longest pregnancy. */
    static void outcomeDate(Pregnancy p, LocalDate date, LocalDate today) {
        if (date == null) {
            throw ProblemException.invalidField("date", "field.required");
        }
        DateBounds.notFuture("date", date, today);
        DateBounds.notBefore("date", date, p.registeredOn, "pregnancy.before-registration", p.registeredOn);
        DateBounds.notAfter("date", date, p.lmp.plusDays(LONGEST_DAYS), "pregnancy.outcome.too-late", p.lmp.plusDays(LONGEST_DAYS));
    }

    /** A delivery from 20 weeks on; with a live-born baby before 22 weeks only with a reason. */
    static void delivery(Pregnancy p, LocalDate date, boolean liveBorn, String reason) {
        int[] g = p.gestationOn(date);
        if (date.isBefore(p.lmp.plusDays(DELIVERY_EARLIEST_DAYS))) {
            throw ProblemException.invalidField("date", "pregnancy.delivery.too-early", g[0], g[1]);
        }
        if (liveBorn && date.isBefore(p.lmp.plusDays(LIVE_BIRTH_DAYS)) && blank(reason)) {
            throw ProblemException.invalidField("reason", "pregnancy.live-birth.reason", g[0], g[1]);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
