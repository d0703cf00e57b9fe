package fpms.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the published contract, so that a new endpoint is covered the day it appears:
 * without a token each one answers a problem+json 401 (but login and refresh), and every ADMIN-only one
 * answers 403 to a village worker.
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final Set<String> OPEN = Set.of("POST /api/auth/token", "POST /api/auth/refresh");
    private static final Set<String> FOR_EVERYONE = Set.of("GET /api/auth/me", "PUT /api/auth/password",
            "GET /api/org-units", "GET /api/org-units/tree", "GET /api/org-units/{id}");

    private record Operation(String method, String path) {
        String key() {
            return method + " " + path;
        }

        Response call(io.restassured.specification.RequestSpecification request) {
            return request.header("If-Match", "\"0\"").body("{}").request(method, path.replace("{id}", "4"));
        }
    }

    private static List<Operation> operations() {
        JsonPath doc = new JsonPath(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<Operation> ops = new ArrayList<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> ops.add(new Operation(m.toUpperCase(), path))));
        assertTrue(ops.size() >= 18, "the contract lists the API's operations");
        return ops;
    }

    @Test
    void everyOperationButLoginNeedsAToken() {
        for (Operation op : operations()) {
            if (OPEN.contains(op.key())) {
                continue;
            }
            Response answer = op.call(Api.anonymous());
            assertEquals(401, answer.statusCode(), op.key());
            assertEquals("application/problem+json", answer.contentType(), op.key());
        }
    }

    @Test
    void aVillageWorkerGets403FromEveryOperationNotMeantForThem() {
        for (Operation op : operations()) {
            if (OPEN.contains(op.key()) || FOR_EVERYONE.contains(op.key())) {
                continue;
            }
            Response answer = op.call(Api.as("village"));
            assertEquals(403, answer.statusCode(), op.key());
            assertEquals("application/problem+json", answer.contentType(), op.key());
        }
    }
}
