package fpms.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fpms.embedded.DatabaseRoles;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged app as a child process against the benchmark's database, and the few HTTP calls the benchmark makes. */
final class App implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final String base;
    /** Where health and metrics are: the management port, or the main one in a build from before it existed. */
    private String operations;
    private final int managementPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> tokenTimes = new HashMap<>();

    private App(Process process, int port, int managementPort) {
        this.process = process;
        this.base = "http://localhost:" + port;
        this.managementPort = managementPort;
    }

    static App start(Path jar, Path dataDir, Path log, int pgPort, List<String> jvmOptions) throws Exception {
        int port;
        int management;
        try (ServerSocket s = new ServerSocket(0); ServerSocket m = new ServerSocket(0)) {
            port = s.getLocalPort();
            management = m.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        String url = "jdbc:postgresql://localhost:" + pgPort + "/postgres";
        if ("postgres".equals(System.getProperty("db.owner"))) { // a build from before the two roles (issue 10's "before")
            cmd.addAll(List.of("-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres"));
        } else {
            DatabaseRoles.prepare(url, "postgres", "postgres"); // as deploy/database/roles.sql does in production
            cmd.addAll(List.of("-Dquarkus.datasource.username=" + DatabaseRoles.APP, "-Dquarkus.datasource.password=" + DatabaseRoles.APP_PASSWORD,
                    "-Dquarkus.liquibase.username=" + DatabaseRoles.OWNER, "-Dquarkus.liquibase.password=" + DatabaseRoles.OWNER_PASSWORD));
        }
        cmd.addAll(List.of("-Dquarkus.datasource.jdbc.url=" + url,
                "-Dquarkus.liquibase.contexts=main,demo", "-Dfpms.data-dir=" + dataDir, "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + management,
                "-jar", jar.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        App app = new App(p, port, management);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the app stopped during start-up; see " + log);
            }
            for (String operations : List.of("http://localhost:" + app.managementPort, app.base)) {
                try {
                    if (app.http.send(HttpRequest.newBuilder(URI.create(operations + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        app.operations = operations;
                        return app;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the app was not ready within 180 s; see " + log);
            }
            Thread.sleep(250);
        }
    }

    String base() {
        return base;
    }

    /** A bearer token for a demo user (password Demo@2018), renewed well before its 30 minutes run out. */
    String token(String user) throws Exception {
        Long at = tokenTimes.get(user);
        if (at == null || System.nanoTime() - at > TimeUnit.MINUTES.toNanos(20)) {
            String body = JSON.writeValueAsString(Map.of("username", user, "password", "Demo@2018"));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("login as " + user + ": " + r.statusCode() + " " + r.body());
            }
            tokens.put(user, JSON.readTree(r.body()).get("accessToken").asText());
            tokenTimes.put(user, System.nanoTime());
        }
        return tokens.get(user);
    }

    HttpRequest.Builder request(String pathAndQuery, String user) throws Exception {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Authorization", "Bearer " + token(user))
                .timeout(Duration.ofMinutes(30));
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws Exception {
        return http.send(request, handler);
    }

    JsonNode getJson(String pathAndQuery, String user) throws Exception {
        HttpResponse<String> r = http.send(request(pathAndQuery, user).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    static JsonNode parse(String body) throws IOException {
        return JSON.readTree(body);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Heap used in bytes, from the Prometheus metrics: jvm_memory_used_bytes{area="heap"} summed over the memory pools. */
    long heap() throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(operations + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        long heap = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                heap += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return heap;
    }

    /** A full GC in the app (jcmd), so that two measurements start from the same heap. */
    void gc() throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM (a graceful shutdown), then kill if it takes too long. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
