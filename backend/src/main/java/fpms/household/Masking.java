package fpms.household;

import java.util.regex.Pattern;

/** How identifiers are shown outside the detail view: 640502********123X, 138****5678. */
public final class Masking {

    private static final Pattern IDENTIFIER = Pattern.compile("\\d{6,}[\\dXx]");

    private Masking() {
    }

    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return idNumber;
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.matches("1\\d{10}")) {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        return phone.length() <= 4 ? "****" : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
    }

    /** Free text (a search) with every run of 7 or more digits masked: as an ID number, a mobile number, or but its last 4. */
    public static String identifiersIn(String text) {
        return text == null ? null : IDENTIFIER.matcher(text).replaceAll(m -> {
            String run = m.group();
            return run.length() == 15 || run.length() == 18 ? idNumber(run) : phone(run);
        });
    }
}
