package fpms.common.web;

/** Free text as users send it. */
public final class Texts {

    private Texts() {
    }

    /** The text trimmed, or null when there is none (absent, empty or only spaces). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * Whether the text has a character that shows: not only spaces, zero-width and format characters (Cf: direction marks
     * and overrides, U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+FEFF …), combining marks alone, or fillers.
     */
    public static boolean isVisible(String text) {
        return text.codePoints().anyMatch(c -> !invisible(c));
    }

    /** How many characters of the text show (see {@link #isVisible}); 0 for none. */
    public static long visibleCount(String text) {
        return text == null ? 0 : text.codePoints().filter(c -> !invisible(c)).count();
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT || type == Character.CONTROL
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800; // Hangul fillers, the blank Braille cell
    }
}
