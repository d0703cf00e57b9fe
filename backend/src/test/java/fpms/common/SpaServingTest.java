package fpms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The backend serves the built SPA at /, client routes fall back to index.html, /api and /q are never shadowed. */
@QuarkusTest
class SpaServingTest {

    @Test
    void theSpaIsServedAtTheRoot() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html")).body(containsString("<div id=\"root\">"));
    }

    @Test
    void clientRoutesFallBackToIndexHtml() {
        given().get("/users").then().statusCode(200).body(containsString("<div id=\"root\">"));
        given().get("/org-units/4").then().statusCode(200).body(containsString("<div id=\"root\">"));
    }

    @Test
    void apiAndQuarkusRoutesAreNeverShadowed() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().get("/q/health/live").then().statusCode(200).contentType(containsString("json"));
        given().get("/assets/missing-file.js").then().statusCode(404);
    }
}
