package fpms.org;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.common.time.AppClock;
import fpms.support.Api;
import fpms.support.Fixtures;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
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

    private static Response login(String username, String password) {
        return Api.anonymous().body(Map.of("username", username, "password", password)).post("/api/auth/token");
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
        Api.as("admin").get("/api/audit-events?actor=system&action=LOCK").then().statusCode(200)
                .body("items.entityType", hasItem("User"))
                // an instant in the log is at the app's offset, like everywhere else
                .body("items[0].changes.find { it.field == 'lockedUntil' }.after", org.hamcrest.Matchers.endsWith("+08:00"));

        clock.set(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(14)));
        login(name, Fixtures.PASSWORD).then().statusCode(401);
        clock.set(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));
        login(name, Fixtures.PASSWORD).then().statusCode(200);
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
        String access = Api.anonymous().body(Map.of("refreshToken", refresh)).post("/api/auth/refresh")
                .then().statusCode(200).body("user.username", equalTo("village2")).extract().path("accessToken");
        Api.anonymous().auth().oauth2(access).get("/api/auth/me").then().statusCode(200).body("username", equalTo("village2"));
        Api.anonymous().auth().oauth2(refresh).get("/api/auth/me").then().statusCode(401);
        Api.anonymous().body(Map.of("refreshToken", first.getString("accessToken"))).post("/api/auth/refresh").then().statusCode(401);
        Api.anonymous().body(Map.of("refreshToken", "garbage")).post("/api/auth/refresh").then().statusCode(401);
        Api.anonymous().body(Map.of()).post("/api/auth/refresh").then().statusCode(400).body("errors[0].field", equalTo("refreshToken"));
    }

    @Test
    void usersChangeTheirOwnPasswordAndOldRefreshTokensStopWorking() {
        String name = Fixtures.unique("changer");
        Fixtures.user(name, "CASHIER", Fixtures.WENCHANG);
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
        Api.anonymous().body(Map.of("refreshToken", tokens.getString("refreshToken"))).post("/api/auth/refresh").then().statusCode(401);
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
