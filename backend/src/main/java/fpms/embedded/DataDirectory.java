package fpms.embedded;

import java.nio.file.Path;

/** Where the embedded database and the generated keys live: {@code fpms.data-dir} (env FPMS_DATA_DIR), default ./data. */
final class DataDirectory {

    private DataDirectory() {
    }

    static Path get() {
        String configured = System.getProperty("fpms.data-dir", System.getenv("FPMS_DATA_DIR"));
        return Path.of(configured == null ? "data" : configured).toAbsolutePath().normalize();
    }

    /** The Quarkus build (augmentation) reads config sources too; it must not start a database or write keys. */
    static boolean isBuildTime() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith("io.quarkus.deployment.")));
    }
}
