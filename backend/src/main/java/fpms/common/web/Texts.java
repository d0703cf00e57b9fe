package fpms.common.web;

/** Free text as users send it. */
public final class Texts {

    private Texts() {
    }

    /** The text trimmed, or null when there is none (absent, empty or only spaces). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
