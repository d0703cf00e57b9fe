package fpms.common.log;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Keeps ID numbers and mobile numbers out of every log line, whoever writes it (the app, Hibernate, the driver, the
 * embedded PostgreSQL's own output): the message and the texts of its exception chain are masked as the register
 * masks them (640502********123X, 138****5678) before any handler writes them. PostgreSQL's detail of a unique
 * violation ("Key (id_number)=(…)") would otherwise carry a full number. Health findings are never logged: the log
 * lines of the app name records by id.
 */
@LoggingFilter(name = "personal-data")
public final class PersonalDataFilter implements Filter {

    /** An 18- or 15-character ID number or an 11-digit mobile number, not part of a longer run of digits. */
    static final Pattern IDENTIFIER = Pattern.compile("(?<![0-9])(\\d{17}[\\dXx]|\\d{15}|1[3-9]\\d{9})(?![0-9Xx])");

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String message = ext.getFormattedMessage();
            String masked = mask(message);
            if (masked != message) {
                ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        }
        Throwable thrown = record.getThrown();
        if (thrown != null && carries(thrown)) {
            record.setThrown(Masked.of(thrown));
        }
        return true;
    }

    /** The text with every identifier masked; the same instance when there is none. */
    static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = IDENTIFIER.matcher(text);
        if (!m.find()) {
            return text;
        }
        return m.replaceAll(found -> {
            String n = found.group();
            return n.length() == 11 ? n.substring(0, 3) + "****" + n.substring(7)
                    : n.substring(0, 6) + "*".repeat(n.length() - 10) + n.substring(n.length() - 4);
        });
    }

    private static boolean carries(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (IDENTIFIER.matcher(String.valueOf(c)).find()) {
                return true;
            }
        }
        return false;
    }

    /** A copy of an exception chain that prints as the original (class, message, stack) with identifiers masked. */
    static final class Masked extends RuntimeException {

        private final String text;

        private Masked(Throwable original, Throwable cause) {
            super(null, cause, false, true);
            this.text = mask(original.toString());
            setStackTrace(original.getStackTrace());
        }

        static Throwable of(Throwable original) {
            Throwable cause = original.getCause() == null || original.getCause() == original ? null : of(original.getCause());
            return new Masked(original, cause);
        }

        @Override
        public String getMessage() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
