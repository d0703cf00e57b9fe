package fpms.org.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
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

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one verification without a user. */
    public void burnOneVerification(String password) {
        matches(password, DUMMY);
    }
}
