package fpms.org.service;

import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.org.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * The rule for new passwords (GB/T 22239 level 3: complexity, no reuse, expiry): at least {@link #MIN_LENGTH}
 * characters of three of the four classes upper case, lower case, digit and other (a Chinese character is "other"); not
 * containing the user name; at most {@link #MAX_BYTES} bytes in UTF-8 — bcrypt reads no further, so a longer one would
 * let in anyone who knows its first 72 bytes; none of the user's last {@link #REMEMBERED} passwords.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;
    public static final int REMEMBERED = 5;
    public static final String DESCRIPTION = "At least 8 characters of three of: upper case, lower case, digits, other; not containing the"
            + " username; at most 72 bytes in UTF-8 (a Chinese character takes 3); none of the user's last 5 passwords";

    @Inject
    PasswordHasher hasher;

    /** Refuses (400 naming the field) a new password for the user of that name that breaks the rule. */
    public void check(String field, String username, String password, AppUser user) {
        Message problem = problem(username, password);
        if (problem == null && user != null && usedBefore(user, password)) {
            problem = Message.of("user.password.reused");
        }
        if (problem != null) {
            throw ProblemException.invalidField(field, problem);
        }
    }

    /** What is wrong with the password on its own, or null. */
    public static Message problem(String username, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Message.of("user.password.bytes");
        }
        IntPredicate upper = Character::isUpperCase;
        IntPredicate lower = Character::isLowerCase;
        IntPredicate digit = Character::isDigit;
        long classes = Stream.of(upper, lower, digit, upper.or(lower).or(digit).negate())
                .filter(kind -> password.codePoints().anyMatch(kind)).count();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH || classes < 3) {
            return Message.of("user.password.policy");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Message.of("user.password.username");
        }
        return null;
    }

    private boolean usedBefore(AppUser user, String password) {
        return Stream.concat(Stream.of(user.passwordHash), Stream.of(user.previousPasswordHashes))
                .anyMatch(hash -> hasher.matches(password, hash));
    }
}
