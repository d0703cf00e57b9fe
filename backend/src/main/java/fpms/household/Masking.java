package fpms.household;

/** How identifiers are shown outside the detail view: 640502********123X, 138****5678. */
public final class Masking {

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
}
