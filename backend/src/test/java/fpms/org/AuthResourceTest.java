package fpms.org;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.common.time.AppClock;
import fpms.support.Api;
import fpms.support.Fixtures;
import fpms.support.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.set(Clock.systemUTC());
    }

    /** This test's own client address: the failed logins of other tests do not throttle it. */
    private final String address = Api.newAddress();

    private Response login(String username, String password) {
        return Api.from(address).body(Map.of("username", username, "password", password)).post("/api/auth/token");
    }

    @Test
    void loginReturnsAnRs256TokenWithRolesOrgUnitAndShortExpiry() {
        JsonPath answer = login("village", Api.DEMO_PASSWORD).then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("refreshToken", notNullValue())
                .body("user.orgUnitName", equalTo("黑林村"))
                .extract().jsonPath();
        assertTrue(answer.getInt("expiresIn") <= 3600);
        String[] parts = answer.getString("accessToken").split("\\.");
        JsonPath header = new JsonPath(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        JsonPath claims = new JsonPath(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertEquals("RS256", header.getString("alg"));
        assertEquals("6", claims.getString("sub"));
        assertEquals("village", claims.getString("upn"));
        assertTrue(claims.getList("groups").contains("VILLAGE_WORKER"));
        assertEquals(5, claims.getInt("orgUnitId"));
        assertEquals("/1/2/3/4/5/", claims.getString("orgUnitPath"));
        assertTrue(claims.getLong("exp") - claims.getLong("iat") <= 3600);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String wrong = login("village", "Wrong@2018").then().statusCode(401)
                .contentType("application/problem+json").extract().path("detail");
        String unknown = login("nobody-at-all", "Wrong@2018").then().statusCode(401).extract().path("detail");
        assertEquals(wrong, unknown);
    }

    @Test
    void fiveFailedLoginsLockTheAccountForFifteenMinutes() {
        String name = Fixtures.unique("locked");
        Fixtures.user(name, "VILLAGE_WORKER", Fixtures.HEILIN);
        for (int i = 0; i < 5; i++) {
            login(name, "Wrong@2018").then().statusCode(401);
        }
        String lockedAnswer = login(name, Fixtures.PASSWORD).then().statusCode(401).extract().path("detail");
        assertEquals(login("nobody-at-all", "x").then().extract().path("detail"), lockedAnswer);
        Api.as("auditor.province").get("/api/audit-events?actor=system&action=LOCK").then().statusCode(200)
                .body("items.entityType", hasItem("User"))
                // an instant in the log is at the app's offset, like everywhere else
                .body("items[0].changes.find { it.field == 'lockedUntil' }.after", org.hamcrest.Matchers.endsWith("+08:00"));

        clock.set(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(14)));
        login(name, Fixtures.PASSWORD).then().statusCode(401);
        clock.set(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));
        login(name, Fixtures.PASSWORD).then().statusCode(200);
    }

    @Test
    void parallelGuessesAllCountAndLockTheAccount() throws Exception {
        String name = Fixtures.unique("guessed");
        long id = Fixtures.user(name, "VILLAGE_WORKER", Fixtures.HEILIN);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String password = i == 20 ? Fixtures.PASSWORD : "Wrong@" + i;
                String from = Api.newAddress(); // a guesser with many addresses: the per-address throttle does not stop it
                answers.add(pool.submit(() -> Api.from(from).body(Map.of("username", name, "password", password))
                        .post("/api/auth/token").statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertTrue(Set.of(200, 401).contains(answer.get()), "every guess is counted, none collides: " + answer.get());
            }
        } finally {
            pool.shutdown();
        }
        login(name, Fixtures.PASSWORD).then().statusCode(401);
        Api.as("admin").get("/api/users/" + id).then().body("lockedUntil", notNullValue());
        Api.as("auditor.province").get("/api/audit-events?actor=system&action=LOCK&entityType=User&entityId=" + id).then()
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void tenFailuresFromOneAddressWithinAMinuteMakeItWait() {
        for (int i = 0; i < 10; i++) {
            login(Fixtures.unique("nobody"), "Wrong@2018").then().statusCode(401);
        }
        Response refused = login("village", Api.DEMO_PASSWORD); // even the right password: it is not even checked
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:fpms:problem:too-many-requests"));
        int wait = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);
        assertTrue(refused.jsonPath().getString("detail").startsWith("Too many failed logins from your address; try again in "));
        Api.from(Api.newAddress()).body(Map.of("username", "village", "password", Api.DEMO_PASSWORD))
                .post("/api/auth/token").then().statusCode(200); // the account itself is not locked: others log in
    }

    @Test
    void anAdministratorUnlocksALockedAccountWithAReason() {
        String name = Fixtures.unique("unlocked");
        long id = Fixtures.user(name, "VILLAGE_WORKER", Fixtures.HEILIN);
        for (int i = 0; i < 5; i++) {
            login(name, "Wrong@2018").then().statusCode(401);
        }
        String path = "/api/users/" + id;
        Api.as("admin").get(path).then().body("lockedUntil", notNullValue());
        Api.as("town").header("If-Match", Fixtures.etag("admin", path)).body(Map.of("reason", "本人来电确认"))
                .post(path + "/unlock").then().statusCode(403);
        Api.as("admin").header("If-Match", Fixtures.etag("admin", path)).body(Map.of("reason", "本人来电确认"))
                .post(path + "/unlock").then().statusCode(403); // the security administrator's work
        Api.as("security").header("If-Match", Fixtures.etag("admin", path)).body(Map.of())
                .post(path + "/unlock").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.as("security").header("If-Match", Fixtures.etag("admin", path)).body(Map.of("reason", "本人来电确认"))
                .post(path + "/unlock").then().statusCode(200).body("lockedUntil", org.hamcrest.Matchers.nullValue());
        login(name, Fixtures.PASSWORD).then().statusCode(200);
        Api.as("auditor.province").get("/api/audit-events?action=UNLOCK&entityType=User&entityId=" + id).then().statusCode(200)
                .body("items[0].actor", equalTo("security")).body("items[0].reason", equalTo("本人来电确认"));
    }

    @Test
    void fourFailuresThenASuccessStartTheCountAgain() {
        String name = Fixtures.unique("fourth");
        Fixtures.user(name, "VILLAGE_WORKER", Fixtures.HEILIN);
        for (int i = 0; i < 4; i++) {
            login(name, "Wrong@2018").then().statusCode(401);
        }
        login(name, Fixtures.PASSWORD).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            login(name, "Wrong@2018").then().statusCode(401);
        }
        login(name, Fixtures.PASSWORD).then().statusCode(200);
    }

    @Test
    void aRefreshTokenGivesNewTokensButIsNoBearerToken() {
        JsonPath first = login("village2", Api.DEMO_PASSWORD).then().statusCode(200).extract().jsonPath();
        String refresh = first.getString("refreshToken");
        String access = refresh(refresh)
                .then().statusCode(200).body("user.username", equalTo("village2")).extract().path("accessToken");
        Api.anonymous().auth().oauth2(access).get("/api/auth/me").then().statusCode(200).body("username", equalTo("village2"));
        Api.anonymous().auth().oauth2(refresh).get("/api/auth/me").then().statusCode(401);
        Api.anonymous().body(Map.of("refreshToken", first.getString("accessToken"))).post("/api/auth/refresh").then().statusCode(401);
        Api.anonymous().body(Map.of("refreshToken", "garbage")).post("/api/auth/refresh").then().statusCode(401);
        Api.anonymous().body(Map.of()).post("/api/auth/refresh").then().statusCode(400).body("errors[0].field", equalTo("refreshToken"));
    }

    @Test
    void usersChangeTheirOwnPasswordAndTheirOtherSessionsEnd() {
        String name = Fixtures.unique("changer");
        Fixtures.user(name, "CASHIER", Fixtures.WENCHANG);
        JsonPath elsewhere = login(name, Fixtures.PASSWORD).then().statusCode(200).extract().jsonPath();
        JsonPath tokens = login(name, Fixtures.PASSWORD).then().statusCode(200).extract().jsonPath();
        String access = tokens.getString("accessToken");
        Api.anonymous().auth().oauth2(access).body(Map.of("currentPassword", "Wrong@2018", "newPassword", "Newer@2019"))
                .put("/api/auth/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        Api.anonymous().auth().oauth2(access).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "short"))
                .put("/api/auth/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        Api.anonymous().auth().oauth2(access).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "Newer@2019"))
                .put("/api/auth/password").then().statusCode(204);
        login(name, Fixtures.PASSWORD).then().statusCode(401);
        login(name, "Newer@2019").then().statusCode(200);
        refresh(elsewhere.getString("refreshToken")).then().statusCode(401);
        eventually401(elsewhere.getString("accessToken"));
        Api.anonymous().auth().oauth2(access).get("/api/auth/me").then().statusCode(200); // this session goes on
        refresh(tokens.getString("refreshToken")).then().statusCode(200);
    }

    @Test
    void aNewPasswordIsStrongNotTheUsernameNotTooLongAndNoneOfTheLastFive() {
        String name = Fixtures.unique("policy");
        long id = Fixtures.user(name, "CASHIER", Fixtures.WENCHANG);
        String access = login(name, Fixtures.PASSWORD).then().statusCode(200).extract().path("accessToken");
        String current = Fixtures.PASSWORD;
        for (String weak : List.of("password1", "PASSWORD@", name + "@X1", "计划生育服务管理系统计划生育服务管理系统计划生育A1")) {
            Api.anonymous().auth().oauth2(access).body(Map.of("currentPassword", current, "newPassword", weak))
                    .put("/api/auth/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        }
        List<String> used = new ArrayList<>(List.of(current));
        for (int i = 1; i <= 5; i++) {
            String next = "Second@" + i + "x";
            Api.anonymous().auth().oauth2(access).body(Map.of("currentPassword", current, "newPassword", next))
                    .put("/api/auth/password").then().statusCode(204);
            current = next;
            used.add(next);
        }
        for (String old : used.subList(1, 6)) { // the current one and the four before it
            Api.anonymous().auth().oauth2(access).body(Map.of("currentPassword", current, "newPassword", old))
                    .put("/api/auth/password").then().statusCode(400).body("errors[0].message", equalTo("must be none of your last 5 passwords"));
        }
        Api.anonymous().auth().oauth2(access).body(Map.of("currentPassword", current, "newPassword", used.get(0)))
                .put("/api/auth/password").then().statusCode(204); // the sixth back is forgotten
        Api.as("admin").header("If-Match", Fixtures.etag("admin", "/api/users/" + id))
                .body(Map.of("newPassword", current, "reason", "重置"))
                .post("/api/users/" + id + "/reset-password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
    }

    @Test
    void anExpiredPasswordGivesATokenGoodOnlyForChangingIt() throws Exception {
        String name = Fixtures.unique("expired");
        long id = Fixtures.user(name, "VILLAGE_WORKER", Fixtures.HEILIN);
        try (var db = TestDatabase.superuser(); var s = db.createStatement()) {
            s.executeUpdate("update app_user set password_changed_at = now() - interval '91 days' where id = " + id);
        }
        JsonPath tokens = login(name, Fixtures.PASSWORD).then().statusCode(200).body("user.passwordExpired", equalTo(true))
                .extract().jsonPath();
        String access = tokens.getString("accessToken");
        Api.anonymous().auth().oauth2(access).get("/api/persons?size=1").then().statusCode(403)
                .body("detail", equalTo("Your password has expired: change it before anything else"));
        Api.anonymous().auth().oauth2(access).get("/api/auth/me").then().statusCode(200).body("passwordExpired", equalTo(true));
        Api.anonymous().auth().oauth2(access).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "Renewed@2019"))
                .put("/api/auth/password").then().statusCode(204);
        String renewed = refresh(tokens.getString("refreshToken")).then().statusCode(200)
                .body("user.passwordExpired", equalTo(false)).extract().path("accessToken");
        Api.anonymous().auth().oauth2(renewed).get("/api/persons?size=1").then().statusCode(200);
    }

    @Test
    void disablingAUserEndsTheAccessOfTokensAlreadyIssued() {
        String name = Fixtures.unique("leaver");
        long id = Fixtures.user(name, "VILLAGE_WORKER", Fixtures.HEILIN);
        JsonPath tokens = login(name, Fixtures.PASSWORD).then().statusCode(200).extract().jsonPath();
        Api.anonymous().auth().oauth2(tokens.getString("accessToken")).get("/api/persons?size=1").then().statusCode(200);
        Api.as("admin").header("If-Match", Fixtures.etag("admin", "/api/users/" + id)).body(Map.of("reason", "调离岗位"))
                .post("/api/users/" + id + "/disable").then().statusCode(200);
        eventually401(tokens.getString("accessToken"));
        Api.anonymous().auth().oauth2(tokens.getString("accessToken")).body(Map.of("orgUnitId", Fixtures.HEILIN, "code", Fixtures.unique("H"), "address", "某地", "type", "REGISTERED"))
                .post("/api/households").then().statusCode(401);
        refresh(tokens.getString("refreshToken")).then().statusCode(401);
    }

    @Test
    void newRolesOrAnotherUnitEndTheOldTokensButANewPhoneDoesNot() {
        String name = Fixtures.unique("promoted");
        long id = Fixtures.user(name, "VILLAGE_WORKER", Fixtures.HEILIN);
        String path = "/api/users/" + id;
        String access = login(name, Fixtures.PASSWORD).then().statusCode(200).extract().path("accessToken");
        Api.as("admin").header("If-Match", Fixtures.etag("admin", path)).body(Map.of("displayName", "新名字", "phone", "13895512345",
                "orgUnitId", Fixtures.HEILIN)).put(path).then().statusCode(200);
        pause(1500);
        Api.anonymous().auth().oauth2(access).get("/api/auth/me").then().statusCode(200);
        Api.as("security").header("If-Match", Fixtures.etag("admin", path)).body(Map.of("roles", List.of("TOWN_OFFICER"), "reason", "调任"))
                .put(path + "/roles").then().statusCode(200).body("roles", equalTo(List.of("TOWN_OFFICER")));
        eventually401(access);
        JsonPath again = login(name, Fixtures.PASSWORD).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("TOWN_OFFICER"), again.getList("user.roles"));
        Api.as("admin").header("If-Match", Fixtures.etag("admin", path)).body(Map.of("displayName", "新名字",
                "orgUnitId", Fixtures.WENCHANG)).put(path).then().statusCode(200);
        eventually401(again.getString("accessToken"));
        assertEquals(Fixtures.WENCHANG, login(name, Fixtures.PASSWORD).then().statusCode(200).extract().jsonPath().getLong("user.orgUnitId"));
    }

    @Test
    void aRefreshTokenWorksOnceAndItsReuseEndsTheSession() throws Exception {
        String name = Fixtures.unique("rotated");
        long id = Fixtures.user(name, "VILLAGE_WORKER", Fixtures.HEILIN);
        String first = login(name, Fixtures.PASSWORD).then().statusCode(200).extract().path("refreshToken");
        JsonPath second = refresh(first).then().statusCode(200).extract().jsonPath();
        assertTrue(!second.getString("refreshToken").equals(first));
        // a second tab refreshing with the same token at the same moment is the same client: it gets the current pair
        refresh(first).then().statusCode(200);
        try (var db = TestDatabase.superuser(); var s = db.createStatement()) {
            s.executeUpdate("update user_session set rotated_at = rotated_at - interval '1 minute'"
                    + " where user_id = " + id); // the rotation is long past: the first token coming back now is a thief's
        }
        refresh(first).then().statusCode(401);
        refresh(second.getString("refreshToken")).then().statusCode(401); // the whole session ended
        eventually401(second.getString("accessToken"));
        Api.as("auditor").get("/api/audit-events?action=REFRESH_REUSED&entityType=User&entityId=" + id).then()
                .body("total", equalTo(1)).body("items[0].actor", equalTo("system"));
    }

    @Test
    void logoutEndsTheSession() {
        JsonPath tokens = login("village2", Api.DEMO_PASSWORD).then().statusCode(200).extract().jsonPath();
        String access = tokens.getString("accessToken");
        Api.anonymous().auth().oauth2(access).post("/api/auth/logout").then().statusCode(204);
        Api.anonymous().auth().oauth2(access).get("/api/auth/me").then().statusCode(401); // at once on this server
        refresh(tokens.getString("refreshToken")).then().statusCode(401);
    }

    @Test
    void aSessionWithoutRequestsForThirtyMinutesEnds() throws Exception {
        String name = Fixtures.unique("idle");
        long id = Fixtures.user(name, "VILLAGE_WORKER", Fixtures.HEILIN);
        JsonPath tokens = login(name, Fixtures.PASSWORD).then().statusCode(200).extract().jsonPath();
        try (var db = TestDatabase.superuser(); var s = db.createStatement()) {
            s.executeUpdate("update user_session set last_seen_at = last_seen_at - interval '31 minutes' where user_id = " + id);
        }
        eventually401(tokens.getString("accessToken"));
        refresh(tokens.getString("refreshToken")).then().statusCode(401);
    }

    private static Response refresh(String refreshToken) {
        return Api.anonymous().body(Map.of("refreshToken", refreshToken)).post("/api/auth/refresh");
    }

    /** The token stops working within the session check time of the tests (1 s). */
    private static void eventually401(String access) {
        int status = 0;
        for (int i = 0; i < 30 && status != 401; i++) {
            pause(100);
            status = Api.anonymous().auth().oauth2(access).get("/api/auth/me").statusCode();
        }
        assertEquals(401, status, "the ended session's token still works after 3 s");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theSpaGetsItsRefreshTokenAsAnHttpOnlyCookieForTheAuthPathOnly() {
        Response in = Api.from(address).body(Map.of("username", "village2", "password", Api.DEMO_PASSWORD, "refreshTokenIn", "COOKIE"))
                .post("/api/auth/token");
        in.then().statusCode(200).body("accessToken", notNullValue()).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("refreshToken")));
        String setCookie = in.header("Set-Cookie");
        for (String attribute : List.of("fpms_refresh=", "Path=/api/auth", "HttpOnly", "Secure", "SameSite=Strict", "Max-Age=")) {
            assertTrue(setCookie.contains(attribute), attribute + " in " + setCookie);
        }
        String cookie = in.cookie("fpms_refresh");
        Response refreshed = Api.anonymous().cookie("fpms_refresh", cookie).body(Map.of()).post("/api/auth/refresh");
        refreshed.then().statusCode(200).body("user.username", equalTo("village2"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("refreshToken")));
        String next = refreshed.cookie("fpms_refresh");
        assertTrue(next != null && !next.equals(cookie), "the cookie carries the next refresh token");
        Response out = Api.anonymous().auth().oauth2(refreshed.path("accessToken")).post("/api/auth/logout");
        out.then().statusCode(204);
        assertTrue(out.header("Set-Cookie").startsWith("fpms_refresh=;") && out.header("Set-Cookie").contains("Max-Age=0"), out.header("Set-Cookie"));
        Api.anonymous().cookie("fpms_refresh", next).body(Map.of()).post("/api/auth/refresh").then().statusCode(401);
    }

    @Test
    void swaggerUiKeepsNoTokenInTheBrowser() {
        String page = Api.anonymous().get("/q/swagger-ui/index.html").then().statusCode(200).extract().asString();
        assertTrue(page.contains("persistAuthorization: false") || page.contains("\"persistAuthorization\":false")
                || page.contains("persistAuthorization : false"), "Swagger UI's persistAuthorization is false");
    }

    @Test
    void meNeedsAToken() {
        Api.anonymous().get("/api/auth/me").then().statusCode(401).contentType("application/problem+json");
        Api.anonymous().auth().oauth2("not.a.token").get("/api/auth/me").then().statusCode(401).contentType("application/problem+json");
        Api.as("town").get("/api/auth/me").then().statusCode(200)
                .body("roles", hasItem("TOWN_OFFICER")).body("orgUnitName", equalTo("文昌镇"));
    }

    @Test
    void loginValidatesItsInput() {
        Api.anonymous().body(Map.of("username", "")).post("/api/auth/token").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("username", "password"));
    }
}
