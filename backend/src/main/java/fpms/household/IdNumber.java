package fpms.household;

import fpms.common.i18n.Message;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A valid 18-character resident ID number (居民身份证号, GB 11643-1999) with the region, birth date and sex
 * it encodes, so a person's birth date and sex are derived from it and cannot disagree with it.
 * The SPA's {@code frontend/src/lib/id-number.ts} gives the same answers; both run
 * {@code src/test/resources/id-number-cases.json}.
 *
 * @param value the 18 characters, trimmed, with an upper-case {@code X}
 * @param regionCode the first 6 digits (administrative division of the first registration)
 * @param birthDate the date in characters 7–14
 * @param sex from the parity of the 3-digit sequence in characters 15–17
 */
public record IdNumber(String value, String regionCode, LocalDate birthDate, Sex sex) {

    /** Why an input is not a valid ID number, in the order the checks run; the SPA uses the same codes. */
    public enum Problem {
        /** Not 17 digits followed by a digit or X (after trimming). */
        FORMAT("id-number.format"),
        /** An old 15-digit number, which people can replace by the 18-digit one on their card. */
        OLD_15_DIGIT("id-number.old-15-digit"),
        /** The first two digits are not a province-level code in use (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82). */
        REGION("id-number.region"),
        /** Characters 7–14 are not a real date, or a date before 1890-01-01. */
        BIRTH_DATE("id-number.birth-date"),
        /** The birth date is after today. */
        FUTURE_BIRTH_DATE("id-number.future-birth-date"),
        /** The last character does not match the first 17: most likely a typing error. */
        CHECK_CHARACTER("id-number.check-character");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        /** The explanation to follow the field name ("ID number ..."), from the catalogue; it never repeats the number. */
        public Message message() {
            return Message.of(key);
        }
    }

    /** Thrown by {@link #parse}; carries the {@link Problem} code so callers can map it to a field error. */
    public static final class Invalid extends RuntimeException {

        private final Problem problem;

        /** Creates the exception; the message never contains the number itself (it is personal data). */
        public Invalid(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }

        /** Which check failed, as a stable code for the API and tests. */
        public Problem problem() {
            return problem;
        }

        /** In English, e.g. "ID number has a wrong check character …". */
        @Override
        public String getMessage() {
            return Message.of("id-number.invalid", problem.message()).toString();
        }
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1890, 1, 1);
    private static final Pattern OLD_15_DIGITS = Pattern.compile("[0-9]{15}");
    private static final Pattern EIGHTEEN = Pattern.compile("[0-9]{17}[0-9X]");

    /** Keeps the record consistent: the parts must be the ones the value encodes, with a matching check character. */
    public IdNumber {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        if (!EIGHTEEN.matcher(value).matches() || !checkCharacterMatches(value.substring(0, 17), value.charAt(17))
                || !regionCode.equals(value.substring(0, 6))
                || !birthDate.equals(birthDateOrNull(value))
                || sex != sexOf(value)) {
            throw new IllegalArgumentException("not a valid ID number, or parts that do not match it");
        }
    }

    /**
     * Checks and decodes what a person typed: trims it (any whitespace, as JavaScript's {@code trim} does),
     * accepts a lower-case {@code x}, and runs the checks in the order of {@link Problem}.
     *
     * @param raw the input, may be {@code null} (a {@link Problem#FORMAT} error)
     * @param today the date in Asia/Shanghai against which a future birth date is refused
     * @throws Invalid with the first problem found
     */
    public static IdNumber parse(String raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (raw == null) {
            throw new Invalid(Problem.FORMAT);
        }
        String value = trim(raw).replace('x', 'X');
        if (OLD_15_DIGITS.matcher(value).matches()) {
            throw new Invalid(Problem.OLD_15_DIGIT);
        }
        if (!EIGHTEEN.matcher(value).matches()) {
            throw new Invalid(Problem.FORMAT);
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            throw new Invalid(Problem.REGION);
        }
        LocalDate birthDate = birthDateOrNull(value);
        if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new Invalid(Problem.BIRTH_DATE);
        }
        if (birthDate.isAfter(today)) {
            throw new Invalid(Problem.FUTURE_BIRTH_DATE);
        }
        if (!checkCharacterMatches(value.substring(0, 17), value.charAt(17))) {
            throw new Invalid(Problem.CHECK_CHARACTER);
        }
        return new IdNumber(value, value.substring(0, 6), birthDate, sexOf(value));
    }

    /** Whether {@code check} is the GB 11643 check character of 17 ASCII digits (upper-case X only). */
    public static boolean checkCharacterMatches(String first17, char check) {
        return checkCharacter(first17) == check;
    }

    /** The GB 11643 check character of 17 ASCII digits: weighted sum mod 11 indexes "10X98765432". */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("expected 17 digits");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The number as lists and logs may show it (PIPL): first 6, 8 asterisks, last 4, e.g. 640502********123X. */
    public String masked() {
        return Masking.idNumber(value);
    }

    /** The last {@code n} characters (0 to 18), e.g. for a search by the tail a person reads out. */
    public String tail(int n) {
        if (n < 0 || n > value.length()) {
            throw new IllegalArgumentException("n must be between 0 and " + value.length() + ": " + n);
        }
        return value.substring(value.length() - n);
    }

    /** Masked, so a record that reaches a log or an error message does not leak the full number. */
    @Override
    public String toString() {
        return "IdNumber[" + masked() + "]";
    }

    private static LocalDate birthDateOrNull(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Sex sexOf(String value) {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Strips what JavaScript's String.prototype.trim strips, so server and SPA trim alike. */
    private static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isTrimmed(raw.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean isTrimmed(char c) {
        return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\uFEFF'
                || Character.isSpaceChar(c);
    }
}
