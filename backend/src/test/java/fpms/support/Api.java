package fpms.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** REST Assured requests as one of the demo users (password Demo@2018), tokens cached per run; answers in English unless told. */
public final class Api {

    public static final String DEMO_PASSWORD = "Demo@2018";
    public static final String ENGLISH = "en";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private Api() {
    }

    /** English answers ({@link #ENGLISH}), so tests assert the texts they were written with. */
    public static RequestSpecification as(String username) {
        return as(username, ENGLISH);
    }

    /** With this Accept-Language, or none (null): the server then answers in Chinese. */
    public static RequestSpecification as(String username, String acceptLanguage) {
        return language(given().contentType(ContentType.JSON).auth().oauth2(token(username, DEMO_PASSWORD)), acceptLanguage);
    }

    public static RequestSpecification anonymous() {
        return language(given().contentType(ContentType.JSON), ENGLISH);
    }

    /** A client address no other test uses (failed logins are throttled per address), as the trusted local proxy forwards it. */
    public static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    /** Anonymous requests from that client address. */
    public static RequestSpecification from(String address) {
        return anonymous().header("X-Forwarded-For", address);
    }

    private static RequestSpecification language(RequestSpecification request, String acceptLanguage) {
        return acceptLanguage == null ? request : request.header("Accept-Language", acceptLanguage);
    }

    public static String token(String username, String password) {
        return TOKENS.computeIfAbsent(username + "\u0000" + password, k -> login(username, password));
    }

    public static String login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken");
    }

    /** A job (an import, a scan: its path) once it has ended, SUCCEEDED or FAILED, as the user sees it; fails after 20 s. */
    public static JsonPath finished(String username, String jobPath) {
        for (int i = 0; i < 200; i++) {
            JsonPath job = as(username).get(jobPath).then().statusCode(200).extract().jsonPath();
            if (job.getString("status").equals("SUCCEEDED") || job.getString("status").equals("FAILED")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + jobPath, e);
            }
        }
        throw new AssertionError(jobPath + " did not finish within 20 s");
    }
}
