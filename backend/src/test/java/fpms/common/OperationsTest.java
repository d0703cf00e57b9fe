package fpms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Health and metrics are served on the management interface, its own port, and not on the one the users reach. */
@QuarkusTest
class OperationsTest {

    /** The management interface's port in tests. */
    static RequestSpecification management() {
        return given().port(ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001));
    }

    @Test
    void livenessAndReadinessWithTheDatabaseCheck() {
        management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsInPrometheusFormatOnTheManagementPortOnly() {
        given().get("/api/org-units"); // at least one request to count
        management().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE http_server_requests_seconds"))
                .body(containsString("jvm_memory_used_bytes"));
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void requestsAreCountedByRouteNeverByRawPath() {
        for (int i = 0; i < 150; i++) { // random addresses must not fill the metrics' table of paths
            given().get("/no-such-page-" + i);
            given().get("/api/no-such-thing-" + i);
            given().get("/assets/no-such-file-" + i + ".js");
        }
        Api.as("village").get("/api/persons/1").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(404)));
        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(metrics);
        while (m.find()) {
            uris.add(m.group(1));
        }
        assertTrue(uris.contains("/persons/{id}"), "a real route is counted by its template: " + uris);
        assertTrue(uris.stream().noneMatch(u -> u.contains("no-such")), "no raw path: " + uris);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
