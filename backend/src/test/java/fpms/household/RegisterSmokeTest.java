package fpms.household;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import fpms.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegisterSmokeTest {

    @Test
    void theDemoRegisterIsThere() {
        Api.as("town").get("/api/persons?size=5").then().statusCode(200).body("total", greaterThan(800));
        Api.as("town").get("/api/households?size=5").then().statusCode(200).body("total", greaterThan(319));
        Api.as("town").get("/api/duplicate-candidates").then().statusCode(200).body("items.person.name", org.hamcrest.Matchers.hasItem("马秀英"));
        Api.as("village").get("/api/floating-population/coverage").then().statusCode(200);
    }
}
