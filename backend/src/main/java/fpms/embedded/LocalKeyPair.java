package fpms.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * The JWT signing key pair when none is configured: RSA 2048, generated at first start into
 * {@code <data-dir>/keys} and reused after. Never committed; production configures its own.
 */
final class LocalKeyPair {

    private static final Logger LOG = Logger.getLogger(LocalKeyPair.class);

    private LocalKeyPair() {
    }

    static Path publicKey(Path dataDir) {
        return ensure(dataDir).resolve("jwt-public.pem");
    }

    static Path privateKey(Path dataDir) {
        return ensure(dataDir).resolve("jwt-private.pem");
    }

    private static synchronized Path ensure(Path dataDir) {
        Path dir = dataDir.resolve("keys");
        Path priv = dir.resolve("jwt-private.pem");
        if (Files.exists(priv)) {
            return dir;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            KeyPair pair = gen.generateKeyPair();
            Files.writeString(dir.resolve("jwt-public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Path tmp = dir.resolve("jwt-private.pem.tmp");
            Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own permissions apply
            }
            Files.move(tmp, priv);
            LOG.infof("Generated a JWT key pair in %s (configure MP_JWT_VERIFY_PUBLICKEY_LOCATION and SMALLRYE_JWT_SIGN_KEY_LOCATION in production)", dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
