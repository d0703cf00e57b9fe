package fpms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fpms.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** DESIGN §4: every error is problem+json, lists are pages, versions travel as ETag / If-Match. */
@QuarkusTest
class ApiConventionsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anUnknownApiRouteIsAProblem404() {
        Api.as("admin").get("/api/no-such-thing").then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("type", notNullValue()).body("title", notNullValue());
        Api.anonymous().get("/api/no/such/thing").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aWrongMethodIsAProblem405() {
        Api.as("admin").delete("/api/org-units/4").then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
        Api.as("admin").delete("/api/audit-events").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void aWrongMediaTypeIsAProblem415() {
        Api.as("admin").contentType(ContentType.TEXT).body("name=x").post("/api/org-units")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void malformedJsonIsAProblem400() {
        Api.as("admin").body("{\"parentId\": 4, \"name\": ").post("/api/org-units")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Malformed request body"));
        Api.as("admin").body("{\"parentId\": \"four\", \"name\": \"x\", \"level\": \"VILLAGE\"}").post("/api/org-units")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("parentId"));
        Api.as("admin").body("{\"parentId\": 4, \"name\": \"x\", \"level\": \"PLANET\"}").post("/api/org-units")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("level"));
    }

    @Test
    void anUnexpectedFailureIsA500WithACorrelationIdAndNoInternals() {
        Api.anonymous().header("X-Request-Id", "trace-me-42").get("/api/test-support/failure")
                .then().statusCode(500).contentType(PROBLEM)
                .header("X-Request-Id", equalTo("trace-me-42"))
                .body("correlationId", equalTo("trace-me-42"))
                .body(not(containsString("secret internals")))
                .body(not(containsString("IllegalStateException")));
        Api.anonymous().get("/api/test-support/failure").then().statusCode(500).body("correlationId", notNullValue());
    }

    /** What the database refuses is the caller's problem to act on, never a 500: 409, 422, or 503 with Retry-After. */
    @Test
    void aRefusalOfTheDatabaseIsAProblemTheCallerCanActOn() {
        Api.anonymous().get("/api/test-support/failure/sql/23503").then().statusCode(409).contentType(PROBLEM)
                .body("title", equalTo("Conflict")).body(not(containsString("640502")));
        Api.anonymous().get("/api/test-support/failure/sql/23514").then().statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("Business rule violated"));
        for (String state : new String[] {"40001", "40P01"}) {
            Api.anonymous().get("/api/test-support/failure/sql/" + state).then().statusCode(503).contentType(PROBLEM)
                    .header("Retry-After", "1").body("status", equalTo(503));
        }
        given().header("Accept-Language", "zh-CN").get("/api/test-support/failure/sql/40001").then().statusCode(503)
                .body("title", equalTo("服务暂不可用")).body("detail", equalTo("请求与其他修改相同记录的操作同时进行而未完成，请稍后重试"));
        Api.anonymous().get("/api/test-support/failure/sql/42P01").then().statusCode(500); // anything else is unexpected
    }

    @Test
    void listsComeInThePageEnvelope() {
        Api.as("admin").get("/api/org-units?page=0&size=3").then().statusCode(200)
                .body("$", hasKey("items")).body("page", equalTo(0)).body("size", equalTo(3))
                .body("items.size()", equalTo(3)).body("total", org.hamcrest.Matchers.greaterThan(3));
        Api.as("admin").get("/api/org-units?level=PLANET").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("level"));
        Api.as("admin").get("/api/org-units?parentId=four").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        Api.as("admin").get("/api/org-units?page=-1").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void aResourceSendsItsVersionAsEtag() {
        Api.as("admin").get("/api/org-units/4").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\""))
                .body("version", notNullValue());
    }

    @Test
    void ifMatchStarIsRefusedWith428ForItProvesNoReadOfTheCurrentVersion() {
        Api.as("admin").header("If-Match", "*").body(java.util.Map.of("name", "文昌镇")).put("/api/org-units/4").then().statusCode(428)
                .contentType(PROBLEM).body("type", equalTo("urn:fpms:problem:precondition-required"))
                .body("detail", equalTo("If-Match * is not accepted: send the version from the ETag of your last read"));
        Api.as("admin", null).header("If-Match", "*").body(java.util.Map.of("name", "文昌镇"))
                .put("/api/org-units/4").then().statusCode(428)
                .body("detail", equalTo("不接受 If-Match: *，请附上上次读取时 ETag 给出的版本号"));
    }

    @Test
    void onlyLoginHealthAndTheContractAreOpen() {
        Api.anonymous().get("/api/org-units").then().statusCode(401).contentType(PROBLEM);
        Api.anonymous().get("/api/audit-events").then().statusCode(401).contentType(PROBLEM);
        OperationsTest.management().get("/q/health/ready").then().statusCode(200);
        Api.anonymous().get("/q/openapi").then().statusCode(200);
    }
}
