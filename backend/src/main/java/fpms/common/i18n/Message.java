package fpms.common.i18n;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text for a user, not yet in a language: its key in the message catalogue and its arguments (a Message argument
 * is put in the same language). {@link #in} writes it out, e.g. for the request's language or the job's.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        List<Object> plain = new ArrayList<>(args.size());
        for (Object a : args) { // written out as text anyway; so a date is stored as 2031-03-05 in a JSON column, not [2031, 3, 5]
            plain.add(a == null || a instanceof Message || a instanceof String || a instanceof Number || a instanceof Boolean
                    ? a : String.valueOf(a));
        }
        args = Collections.unmodifiableList(plain);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** A message read back from a JSON column: an argument that was a message ({"key": …, "args": […]}) is one again. */
    @JsonCreator
    static Message stored(@JsonProperty("key") String key, @JsonProperty("args") List<Object> args) {
        List<Object> read = new ArrayList<>();
        for (Object a : args == null ? List.of() : args) {
            read.add(a instanceof Map<?, ?> m && m.get("key") instanceof String k
                    ? stored(k, m.get("args") instanceof List<?> l ? new ArrayList<>(l) : null) : a);
        }
        return new Message(key, read);
    }

    /** A stored text as its reader reads it: the system's message in their language, else the text a user typed. */
    public static String textOr(Message message, String typed, Locale locale) {
        return message != null ? message.in(locale) : typed;
    }

    public String in(Locale locale) {
        return Catalogue.text(this, locale);
    }

    /** English, for logs and exception messages. */
    @Override
    public String toString() {
        return in(Catalogue.ENGLISH);
    }
}
