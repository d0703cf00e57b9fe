package fpms.common.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text for a user, not yet in a language: its key in the message catalogue and its arguments (a Message argument
 * is put in the same language). {@link #in} writes it out, e.g. for the request's language or the job's.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
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
