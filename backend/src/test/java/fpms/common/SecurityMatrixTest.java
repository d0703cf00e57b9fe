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
 * without a token each one answers a problem+json 401 (but login and refresh), and a village worker gets 403
 * exactly from the operations that are not theirs.
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final Set<String> OPEN = Set.of("POST /api/auth/token", "POST /api/auth/refresh");
    private static final String LOGOUT = "POST /api/auth/logout";
    /** What a village worker may do; every other operation must answer them 403. */
    private static final Set<String> VILLAGE_WORKER_MAY = Set.of("GET /api/auth/me", "PUT /api/auth/password", "POST /api/auth/logout",
            "GET /api/org-units", "GET /api/org-units/directory", "GET /api/org-units/tree", "GET /api/org-units/{id}", "GET /api/jobs/{id}",
            "GET /api/persons", "POST /api/persons", "GET /api/persons/export", "GET /api/persons/{id}", "PUT /api/persons/{id}",
            "POST /api/persons/{id}/identity",
            "GET /api/households", "POST /api/households", "GET /api/households/export", "GET /api/households/{id}",
            "PUT /api/households/{id}", "POST /api/households/{id}/members", "POST /api/households/{id}/moves",
            "POST /api/households/{id}/head", "POST /api/households/{id}/split", "POST /api/households/{id}/merge",
            "POST /api/households/{id}/close",
            "GET /api/floating-population/expiring", "GET /api/floating-population/counts", "GET /api/floating-population/coverage",
            "GET /api/imports/template", "POST /api/imports", "GET /api/imports/{id}", "GET /api/imports/{id}/errors",
            "GET /api/imports/{id}/errors.xlsx",
            "GET /api/pregnancies", "POST /api/pregnancies", "GET /api/pregnancies/{id}", "PUT /api/pregnancies/{id}",
            "POST /api/pregnancies/{id}/delivery", "POST /api/pregnancies/{id}/end", "POST /api/pregnancies/{id}/transfer",
            "GET /api/pregnancies/{id}/schedule", "GET /api/visits", "POST /api/visits", "GET /api/visits/{id}", "POST /api/visits/{id}/void",
            "GET /api/worklist", "GET /api/follow-up-compliance", "GET /api/follow-up-rules", "GET /api/risk-factors",
            "GET /api/calendar-days", "GET /api/birth-registrations", "POST /api/birth-registrations", "GET /api/birth-registrations/child-order",
            "GET /api/birth-registrations/{id}", "POST /api/birth-registrations/{id}/resubmit",
            "POST /api/birth-registrations/{id}/village-review",
            "GET /api/prepregnancy-checks", "POST /api/prepregnancy-checks", "GET /api/prepregnancy-checks/risk-factors",
            "GET /api/prepregnancy-checks/{id}", "POST /api/prepregnancy-checks/{id}/void",
            "GET /api/targets", "GET /api/targets/progress", "GET /api/targets/{id}");

    private record Operation(String method, String path, boolean multipart) {
        String key() {
            return method + " " + path;
        }

        /** A request of the shape the operation takes (so that only the caller's rights decide the answer). */
        Response call(io.restassured.specification.RequestSpecification request) {
            request.header("If-Match", "\"0\"");
            if (multipart) {
                request.contentType("multipart/form-data").multiPart("mode", "ALL_OR_NOTHING");
            } else {
                request.body("{}");
            }
            return request.request(method, path.replace("{id}", "4").replace("{day}", "2018-10-01"));
        }
    }

    private static List<Operation> operations() {
        JsonPath doc = new JsonPath(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<Operation> ops = new ArrayList<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> ops.add(new Operation(m.toUpperCase(), path,
                        doc.getMap("paths.'" + path + "'." + m + ".requestBody.content") != null
                                && doc.getMap("paths.'" + path + "'." + m + ".requestBody.content").containsKey("multipart/form-data")))));
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
    void aVillageWorkerGets403FromEveryOperationNotMeantForThemAndNeverFromTheOthers() {
        // a session of its own, since the logout ends it: that comes last
        String token = Api.login("village", Api.DEMO_PASSWORD);
        List<Operation> ops = operations();
        ops.sort(java.util.Comparator.comparing(op -> op.key().equals(LOGOUT)));
        for (Operation op : ops) {
            if (OPEN.contains(op.key())) {
                continue;
            }
            Response answer = op.call(Api.anonymous().auth().oauth2(token));
            if (VILLAGE_WORKER_MAY.contains(op.key())) {
                assertTrue(answer.statusCode() != 403 && answer.statusCode() != 401, op.key() + " answered " + answer.statusCode());
            } else {
                assertEquals(403, answer.statusCode(), op.key());
                assertEquals("application/problem+json", answer.contentType(), op.key());
            }
        }
    }
}
