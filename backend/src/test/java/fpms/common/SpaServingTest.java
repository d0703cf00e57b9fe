package fpms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.support.Api;
import io.restassured.response.Response;
import java.util.List;

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
    void everyAnswerForbidsInlineScriptsFramingAndSniffingAndPersonalDataIsNeverStored() {
        for (String path : List.of("/", "/users", "/api/auth/me", "/api/nothing-here", "/q/openapi")) {
            Response answer = given().get(path);
            String csp = answer.header("Content-Security-Policy");
            assertTrue(csp.contains("script-src 'self';") && csp.contains("frame-ancestors 'none'"), path + ": " + csp); // no inline script
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), path);
            assertEquals("no-referrer", answer.header("Referrer-Policy"), path);
            assertNull(answer.header("Strict-Transport-Security"), path + ": plain HTTP gets no HSTS");
        }
        assertEquals("no-cache", given().get("/").header("Cache-Control")); // a new release is picked up at once
        assertEquals("no-cache", given().get("/org-units/4").header("Cache-Control"));
        assertEquals("no-store", Api.as("village").get("/api/persons?size=1").header("Cache-Control"));
        assertEquals("no-store", Api.as("village").get("/api/persons/export?format=CSV").header("Cache-Control"));
        String asset = given().get("/").then().extract().asString().replaceAll("(?s).*src=\"(/assets/[^\"]+)\".*", "$1");
        assertEquals("public, max-age=31536000, immutable", given().get(asset).then().statusCode(200).extract().header("Cache-Control"));
        // Swagger UI runs inline scripts: only framing is forbidden there
        assertEquals("frame-ancestors 'none'", given().get("/q/swagger-ui/index.html").header("Content-Security-Policy"));
    }

    @Test
    void httpsFromTheTrustedProxyGetsHsts() {
        assertEquals("max-age=31536000; includeSubDomains",
                given().header("X-Forwarded-Proto", "https").get("/").header("Strict-Transport-Security"));
    }

    @Test
    void apiAndQuarkusRoutesAreNeverShadowed() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().get("/q/openapi").then().statusCode(200).contentType(containsString("yaml"));
        given().get("/assets/missing-file.js").then().statusCode(404);
    }
}
