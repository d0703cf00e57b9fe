package fpms.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** openapi/openapi.yaml, the published contract, must be exactly what the backend generates. */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("..", "openapi", "openapi.yaml");
    static final String REFRESH = "mvn -q -pl backend -am test -DskipFrontendChecks -Dtest=OpenApiContractTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.refresh=true";

    @Test
    void theCommittedContractIsWhatTheBackendGenerates() throws IOException {
        String generated = given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.writeString(CONTRACT, generated, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        if (!committed.equals(generated)) {
            Files.writeString(Path.of("target", "openapi-generated.yaml"), generated, StandardCharsets.UTF_8);
            String[] a = committed.split("\n", -1);
            String[] b = generated.split("\n", -1);
            int line = 0;
            while (line < Math.min(a.length, b.length) && a[line].equals(b[line])) {
                line++;
            }
            fail("openapi/openapi.yaml differs from what the backend generates (target/openapi-generated.yaml), first at line "
                    + (line + 1) + ":\n  committed: " + (line < a.length ? a[line] : "<end>")
                    + "\n  generated: " + (line < b.length ? b[line] : "<end>")
                    + "\nRefresh it with:\n  " + REFRESH
                    + "\nthen regenerate the SPA's types with: (cd frontend && npm run gen:api)");
        }
    }

    @Test
    void everyOperationIsDocumented() {
        String doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        io.restassured.path.json.JsonPath json = new io.restassured.path.json.JsonPath(doc);
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = json.getMap("paths");
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (!(op instanceof java.util.Map)) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            assertTrue(op.get("summary") != null, where + " has no summary");
            assertTrue(op.get("description") != null, where + " has no description");
            assertTrue(op.get("operationId") != null, where + " has no operationId");
            java.util.Map<?, ?> responses = (java.util.Map<?, ?>) op.get("responses");
            assertTrue(responses.containsKey("500"), where + " does not document 500");
            assertTrue(responses.keySet().stream().anyMatch(k -> k.toString().startsWith("2")), where + " has no success response");
        }));
        assertTrue(json.getMap("components.securitySchemes").size() == 1, "one bearer security scheme");
    }
}
