package fpms.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged app as a newcomer runs it: java -jar with nothing configured, so it starts its own embedded
 * PostgreSQL with the demo data and generates its keys; then Playwright drives the SPA in Debian's Chromium.
 */
class PackagedAppIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path DATA = Path.of("target", "e2e-data");
    private static final Path FRONTEND = Path.of("..", "frontend");
    private static Process app;
    private static int port;

    @BeforeAll
    static void startThePackagedApp() throws Exception {
        deleteRecursively(DATA);
        int management;
        try (ServerSocket s = new ServerSocket(0); ServerSocket m = new ServerSocket(0)) {
            port = s.getLocalPort();
            management = m.getLocalPort();
        }
        long t0 = System.nanoTime();
        app = new ProcessBuilder(List.of(javaBin(), "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + management, "-Dfpms.data-dir=" + DATA.toAbsolutePath(),
                "-jar", JAR.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "e2e-app.log").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            assertTrue(app.isAlive(), "the app stopped; see backend/target/e2e-app.log");
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + management + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // still starting
            }
            assertTrue(System.nanoTime() < deadline, "the app was not ready within 90 s; see backend/target/e2e-app.log");
            Thread.sleep(200);
        }
        System.out.printf("[e2e] packaged app ready in %d ms (first start: embedded PostgreSQL initdb, migrations, demo data)%n",
                (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    static void stopIt() throws Exception {
        if (app != null) {
            app.destroy(); // SIGTERM: a graceful shutdown
            assertTrue(app.waitFor(40, TimeUnit.SECONDS), "the app did not shut down within 40 s");
        }
    }

    @Test
    void theAppRanItsOwnDatabaseAndKeysBesideTheData() {
        assertTrue(Files.isDirectory(DATA.resolve("pg")), "embedded PostgreSQL data directory");
        assertTrue(Files.exists(DATA.resolve("keys").resolve("jwt-private.pem")), "generated signing key");
    }

    @Test
    void playwrightAdminFlowInChromium() throws Exception {
        Path log = Path.of("target", "e2e-playwright.log");
        ProcessBuilder playwright = new ProcessBuilder("npm", "run", "e2e").directory(FRONTEND.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        playwright.environment().put("APP_URL", "http://localhost:" + port);
        Process e2e = playwright.start();
        boolean finished = e2e.waitFor(5, TimeUnit.MINUTES);
        System.out.println(Files.readString(log)); // through the test's own output, never the forked JVM's raw streams
        assertTrue(finished, "Playwright did not finish within 5 minutes");
        assertEquals(0, e2e.exitValue(), "Playwright failed (output above, and in backend/target/e2e-playwright.log)");
    }

    private static URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
