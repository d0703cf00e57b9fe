package fpms.org;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserResourceTest {

    /** This test's own client address: the failed logins of other tests do not throttle it. */
    private final String address = Api.newAddress();

    private Response login(String username, String password) {
        return Api.from(address).body(Map.of("username", username, "password", password)).post("/api/auth/token");
    }

    @Test
    void theAdministratorCreatesAnAccountAndTheSecurityAdministratorGrantsItsRoles() {
        String name = Fixtures.unique("new.worker");
        long id = Api.as("admin").body(Map.of("username", name, "displayName", "王芳", "phone", "13895512345",
                        "password", "Start@2018", "orgUnitId", Fixtures.HEILIN))
                .post("/api/users").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("username", equalTo(name)).body("orgUnitName", equalTo("黑林村")).body("roles", org.hamcrest.Matchers.empty())
                .body("enabled", equalTo(true)).body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")))
                .extract().jsonPath().getLong("id");
        String path = "/api/users/" + id + "/roles";
        String token = login(name, "Start@2018").then().statusCode(200).body("user.displayName", equalTo("王芳")).extract().path("accessToken");
        Api.anonymous().auth().oauth2(token).get("/api/persons").then().statusCode(403); // no role yet
        Map<String, Object> grant = Map.of("roles", List.of("VILLAGE_WORKER"), "reason", "新任黑林村计生专干");
        Api.as("admin").header("If-Match", "\"0\"").body(grant).put(path).then().statusCode(403); // nobody grants who keeps accounts
        Api.as("security").header("If-Match", "\"0\"").body(Map.of("roles", List.of("KING"), "reason", "x")).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("roles[0]"));
        Api.as("security").header("If-Match", "\"0\"").body(grant).put(path).then().statusCode(200)
                .body("roles", equalTo(List.of("VILLAGE_WORKER")));
        login(name, "Start@2018").then().statusCode(200).body("user.roles", equalTo(List.of("VILLAGE_WORKER")));
        Api.as("security").header("If-Match", Fixtures.etag("security", "/api/users/8"))
                .body(Map.of("roles", List.of("SECURITY_ADMIN", "AUDITOR"), "reason", "自己给自己"))
                .put("/api/users/8/roles").then().statusCode(422).body("errors[0].field", equalTo("roles"));
        Api.as("auditor.province").get("/api/audit-events?entityType=User&action=GRANT&entityId=" + id).then()
                .body("items[0].actor", equalTo("security")).body("items[0].reason", equalTo("新任黑林村计生专干"))
                .body("items[0].changes[0].field", equalTo("roles"));
    }

    @Test
    void createRefusesBadFieldsDuplicatesAndUnitsOutsideTheCallersArea() {
        Api.as("admin").body(Map.of("username", "A", "displayName", "", "phone", "123", "password", "short", "orgUnitId", 5))
                .post("/api/users").then().statusCode(400)
                .body("errors.field", hasItems("username", "displayName", "phone", "password"));
        Api.as("admin").body(Map.of("username", "village", "displayName", "重名", "password", "Start@2018", "orgUnitId", 5))
                .post("/api/users").then().statusCode(409).contentType("application/problem+json");
        Api.as("town").body(Map.of("username", "townmade", "displayName", "镇建", "password", "Start@2018", "orgUnitId", 5))
                .post("/api/users").then().statusCode(403);
        Api.as("village").get("/api/users").then().statusCode(403);
        Api.anonymous().get("/api/users").then().statusCode(401);
    }

    @Test
    void officersListOnlyTheUsersOfTheirSubtree() {
        Api.as("town").get("/api/users?size=200").then().statusCode(200)
                .body("items.username", hasItems("town", "cashier", "auditor", "village", "village2"))
                .body("items.username", not(hasItem("admin")))
                .body("items.username", not(hasItem("district")));
        Api.as("town").get("/api/users/1").then().statusCode(404);
        Api.as("town").get("/api/users?role=VILLAGE_WORKER&orgUnitId=5&size=200").then().statusCode(200)
                .body("items.orgUnitId", everyItem(equalTo(5)))
                .body("items.username", hasItem("village"));
        Api.as("district").get("/api/users?q=village2").then().statusCode(200).body("items.username", hasItem("village2"));
        Api.as("admin").get("/api/users?size=201").then().statusCode(400).body("errors[0].field", equalTo("size"));
        Api.as("admin").get("/api/users?sort=passwordHash,asc").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void disableStopsLoginAndEnableRestoresIt() {
        String name = Fixtures.unique("leaver");
        long id = Fixtures.user(name, "VILLAGE_WORKER", Fixtures.DONGTAI);
        String path = "/api/users/" + id;
        Api.as("admin").header("If-Match", "\"1\"").body(Map.of()).post(path + "/disable").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Api.as("admin").header("If-Match", "\"1\"").body(Map.of("reason", "调离岗位")).post(path + "/disable")
                .then().statusCode(200).body("enabled", equalTo(false));
        login(name, Fixtures.PASSWORD).then().statusCode(401);
        Api.as("admin").header("If-Match", "\"2\"").body(Map.of("reason", "返岗")).post(path + "/enable")
                .then().statusCode(200).body("enabled", equalTo(true));
        login(name, Fixtures.PASSWORD).then().statusCode(200);
        Api.as("auditor").get("/api/audit-events?entityType=User&entityId=" + id + "&sort=occurredAt,asc").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("CREATE", "GRANT", "DISABLE", "ENABLE"))
                .body("items[2].reason", equalTo("调离岗位"))
                .body("items[2].actor", equalTo("admin"))
                .body("items[2].changes[0].field", equalTo("enabled"))
                .body("items[2].changes[0].before", equalTo(true))
                .body("items[2].changes[0].after", equalTo(false));
    }

    @Test
    void resetPasswordSetsANewOneAndUnlocks() {
        String name = Fixtures.unique("forgetful");
        long id = Fixtures.user(name, "CASHIER", Fixtures.WENCHANG);
        for (int i = 0; i < 5; i++) {
            login(name, "Wrong@2018");
        }
        Api.as("admin").get("/api/users/" + id).then().body("lockedUntil", org.hamcrest.Matchers.notNullValue());
        Api.as("admin").header("If-Match", Fixtures.etag("admin", "/api/users/" + id))
                .body(Map.of("newPassword", "Reset@2018", "reason", "用户忘记密码"))
                .post("/api/users/" + id + "/reset-password").then().statusCode(200)
                .body("lockedUntil", org.hamcrest.Matchers.nullValue());
        login(name, "Reset@2018").then().statusCode(200);
    }

    @Test
    void editChangesNameAndUnitWithinTheCallersAreaButNotTheRoles() {
        String name = Fixtures.unique("editee");
        long id = Fixtures.user(name, "VILLAGE_WORKER", Fixtures.HEILIN);
        String path = "/api/users/" + id;
        Api.as("admin").header("If-Match", "\"1\"")
                .body(Map.of("displayName", "改过名", "roles", List.of("ADMIN"), "orgUnitId", Fixtures.WENCHANG))
                .put(path).then().statusCode(200)
                .body("displayName", equalTo("改过名")).body("roles", equalTo(List.of("VILLAGE_WORKER"))).body("orgUnitName", equalTo("文昌镇"));
        Api.as("admin").header("If-Match", "\"2\"")
                .body(Map.of("displayName", "x", "orgUnitId", 99999))
                .put(path).then().statusCode(400).body("errors[0].field", equalTo("orgUnitId"));
        Api.as("admin").header("If-Match", "\"2\"").body(Map.of("displayName", "x", "orgUnitId", 4))
                .put("/api/users/999999").then().statusCode(404);
    }

    @Test
    void twoWritesWithTheSameEtagOneWinsOneGets412() throws Exception {
        long id = Fixtures.user(Fixtures.unique("raced"), "VILLAGE_WORKER", Fixtures.HEILIN);
        String etag = Fixtures.etag("admin", "/api/users/" + id);
        List<CompletableFuture<Integer>> writes = List.of("甲", "乙").stream()
                .map(n -> CompletableFuture.supplyAsync(() -> Api.as("admin").header("If-Match", etag)
                        .body(Map.of("displayName", n, "orgUnitId", Fixtures.HEILIN))
                        .put("/api/users/" + id).statusCode()))
                .toList();
        List<Integer> statuses = writes.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(200, 412), statuses);
    }

    @Test
    void stateChangesOfUnknownOrOutOfScopeUsersAre404() {
        for (String action : List.of("disable", "enable")) {
            Api.as("admin").header("If-Match", "\"0\"").body(Map.of("reason", "x")).post("/api/users/999999/" + action)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        Api.as("admin").header("If-Match", "\"0\"").body(Map.of("newPassword", "Reset@2018", "reason", "x"))
                .post("/api/users/999999/reset-password").then().statusCode(404);
        Api.as("admin").header("If-Match", "\"0\"").body(Map.of("newPassword", "short", "reason", "x"))
                .post("/api/users/6/reset-password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        Api.as("district").get("/api/users/1").then().statusCode(404);
        Api.as("district").get("/api/users/6").then().statusCode(200).body("username", equalTo("village"));
    }
}
