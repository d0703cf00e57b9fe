package fpms.org.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt (cost 10) hashing and verification of passwords. */
@ApplicationScoped
public class PasswordHasher {

    private static final int COST = 10;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    /** Verified against when the user does not exist, so that both answers take the same time. */
    private static final String DUMMY = BcryptUtil.bcryptHash("not-a-password", COST);

    /** Refuses a password bcrypt would cut short (more than {@link PasswordPolicy#MAX_BYTES} bytes): the policy does first. */
    public String hash(String password) {
        if (tooLong(password)) {
            throw new IllegalArgumentException("a password of more than " + PasswordPolicy.MAX_BYTES + " bytes");
        }
        return BcryptUtil.bcryptHash(password, COST);
    }

    /** Never true for more than 72 bytes: bcrypt would compare only the first 72, and let in whoever knows those. */
    public boolean matches(String password, String hash) {
        if (tooLong(password)) {
            return false;
        }
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES;
    }

    /** Spends the time of one verification without a user. */
    public void burnOneVerification(String password) {
        matches(password, DUMMY);
    }
}
