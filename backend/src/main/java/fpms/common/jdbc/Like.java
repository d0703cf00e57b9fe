package fpms.common.jdbc;

/**
 * LIKE patterns from what a user typed: '%', '_' and '\' in the text match themselves. A query writes
 * {@code column like :param} followed by {@link #ESCAPE} (HQL and SQL alike).
 */
public final class Like {

    /** The escape clause that goes after every pattern made here. */
    public static final String ESCAPE = " escape '\\'";

    private Like() {
    }

    /** The text with its wildcard characters escaped, for building a pattern around it. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Begins with the text. */
    public static String prefix(String text) {
        return escape(text) + "%";
    }

    /** Holds the text anywhere. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }
}
