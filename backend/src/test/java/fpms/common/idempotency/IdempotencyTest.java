package fpms.common.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A POST sent again with its Idempotency-Key (a flaky mobile connection) gets the first answer and writes nothing (issue 11 point 17). */
@QuarkusTest
class IdempotencyTest {

    private static Map<String, Object> household(String code) {
        return Map.of("orgUnitId", Fixtures.HEILIN, "code", code, "address", "重发测试路 1 号", "type", "REGISTERED");
    }

    private static int households(String code) {
        return Api.as("village").queryParam("q", code).get("/api/households").then().statusCode(200).extract().path("total");
    }

    @Test
    void theSameKeyAndBodyGetTheFirstAnswerAndWriteOnce() {
        String code = Fixtures.unique("IDEM");
        String key = UUID.randomUUID().toString();
        Response first = Api.as("village").header("Idempotency-Key", key).body(household(code)).post("/api/households");
        first.then().statusCode(201);
        Response again = Api.as("village").header("Idempotency-Key", key).body(household(code)).post("/api/households");
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).body("id", equalTo(first.path("id")));
        assertEquals(1, households(code));
        // the same key with another body is another request: refused, nothing written
        Api.as("village").header("Idempotency-Key", key).body(household(code + "B")).post("/api/households").then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(0, households(code + "B"));
        // another user's key is theirs alone
        Api.as("town").header("Idempotency-Key", key).body(household(code + "T")).post("/api/households").then().statusCode(201)
                .header("Idempotent-Replayed", (String) null);
    }

    @Test
    void parallelRetriesWriteOnce() throws Exception {
        String code = Fixtures.unique("IDEMP");
        String key = UUID.randomUUID().toString();
        String token = Api.token("village", Api.DEMO_PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> given().contentType("application/json").auth().oauth2(token).header("Idempotency-Key", key)
                        .body(household(code)).post("/api/households").statusCode()));
            }
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertTrue(status == 201 || status == 409, "a retry is the first answer or 'still running': " + status);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, households(code));
    }

    @Test
    void aRefusalIsKeptTooAndABadKeyIsNamed() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> bad = Map.of("orgUnitId", Fixtures.HEILIN, "code", "bad code!", "address", "x", "type", "REGISTERED");
        String detail = Api.as("village").header("Idempotency-Key", key).body(bad).post("/api/households").then().statusCode(400)
                .extract().path("detail");
        Api.as("village").header("Idempotency-Key", key).body(bad).post("/api/households").then().statusCode(400)
                .header("Idempotent-Replayed", "true").body("detail", equalTo(detail));
        Api.as("village").header("Idempotency-Key", "not-a-uuid").body(household(Fixtures.unique("K"))).post("/api/households")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void everyPostOfTheContractButTheSessionsAndUploadsDocumentsTheKey() {
        JsonPath doc = new JsonPath(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (methods.containsKey("post") && !path.startsWith("/api/auth/") && !path.equals("/api/imports")) {
                List<String> headers = doc.getList("paths.'" + path + "'.post.parameters.findAll { it.in == 'header' }.name");
                if (headers == null || !headers.contains("Idempotency-Key")) {
                    missing.add(path);
                }
            }
        });
        assertEquals(List.of(), missing);
    }
}
