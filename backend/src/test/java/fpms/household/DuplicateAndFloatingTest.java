package fpms.household;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import fpms.common.time.AppClock;
import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DuplicateAndFloatingTest {

    @Inject
    AppClock clock;

    private static JsonPath candidateOf(long personId) {
        JsonPath page = Api.as("town").get("/api/duplicate-candidates?size=200").then().statusCode(200).extract().jsonPath();
        int i = page.getList("items.id").size();
        for (int k = 0; k < i; k++) {
            if (page.getLong("items[" + k + "].person.id") == personId || page.getLong("items[" + k + "].other.id") == personId) {
                return new JsonPath(page.prettify()).setRootPath("items[" + k + "]");
            }
        }
        return null;
    }

    @Test
    void aSecondRecordWithTheSameNameAndBirthDateIsQueuedAndMergedIntoOne() {
        String first = TestPeople.woman(1979);
        String second = first.substring(0, 14) + "998";
        second = second + IdNumber.checkCharacter(second);
        long a = TestPeople.person("village", "重复测试英", first, Fixtures.HEILIN, null, null);
        long hh = TestPeople.household("village2", Fixtures.DONGTAI, Fixtures.unique("D-"));
        long b = TestPeople.person("village2", "重复测试英", second, null, hh, "HEAD");
        JsonPath c = candidateOf(b);
        long candidate = c.getLong("id");
        Api.as("town").get("/api/duplicate-candidates?size=200").then().body("items.rule", hasItem("SAME_NAME_BIRTH_DATE"));
        Api.as("village").get("/api/duplicate-candidates").then().statusCode(403);
        Api.as("town").header("If-Match", "\"0\"").body(Map.of("keepPersonId", 999999, "reason", "x"))
                .post("/api/duplicate-candidates/" + candidate + "/merge").then().statusCode(400).body("errors[0].field", equalTo("keepPersonId"));
        Api.as("town").header("If-Match", "\"0\"").body(Map.of("keepPersonId", a, "reason", "同一人重复登记"))
                .post("/api/duplicate-candidates/" + candidate + "/merge").then().statusCode(200).body("status", equalTo("MERGED"));
        Api.as("town").get("/api/persons/" + b).then().body("status", equalTo("RETIRED")).body("mergedIntoId", equalTo((int) a));
        Api.as("town").get("/api/persons/" + a).then().body("householdId", equalTo((int) hh)).body("relation", equalTo("HEAD"));
        Api.as("town").get("/api/households/" + hh).then().body("household.headId", equalTo((int) a));
        Api.as("town").header("If-Match", "\"1\"").body(Map.of("reason", "again"))
                .post("/api/duplicate-candidates/" + candidate + "/dismiss").then().statusCode(409);
        Api.as("auditor").get("/api/audit-events?entityType=Person&entityId=" + b + "&action=MERGE_RETIRE").then().body("total", equalTo(1));
    }

    @Test
    void aPairThatIsTwoPeopleIsDismissedWithAReason() {
        String first = TestPeople.man(1960);
        String second = first.substring(0, 14) + "997";
        second = second + IdNumber.checkCharacter(second);
        TestPeople.person("village", "同名同生日", first, Fixtures.HEILIN, null, null);
        long b = TestPeople.person("village", "同名同生日", second, Fixtures.HEILIN, null, null);
        long candidate = candidateOf(b).getLong("id");
        Api.as("town").header("If-Match", "\"0\"").body(Map.of()).post("/api/duplicate-candidates/" + candidate + "/dismiss")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.as("town").header("If-Match", "\"0\"").body(Map.of("reason", "同名同生日，非同一人"))
                .post("/api/duplicate-candidates/" + candidate + "/dismiss").then().statusCode(200)
                .body("status", equalTo("DISMISSED")).body("decidedBy", equalTo("town"));
    }

    @Test
    void aScanJobFindsPairsOverASubtree() throws InterruptedException {
        long job = Api.as("town").body(Map.of("orgUnitId", Fixtures.WENCHANG)).post("/api/duplicate-scans").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        String status = "QUEUED";
        for (int i = 0; i < 100 && !status.equals("SUCCEEDED") && !status.equals("FAILED"); i++) {
            Thread.sleep(100);
            status = Api.as("town").get("/api/jobs/" + job).then().statusCode(200).extract().path("status");
        }
        Api.as("town").get("/api/jobs/" + job).then().body("status", equalTo("SUCCEEDED")).body("message", notNullValue());
        Api.as("village2").get("/api/jobs/" + job).then().statusCode(404);
    }

    @Test
    void floatingStaysAboutToEndCountsAndCoverage() {
        Map<String, Object> b = new HashMap<>();
        b.put("name", "即将到期");
        b.put("idNumber", TestPeople.man(1993));
        b.put("orgUnitId", Fixtures.HEILIN);
        b.put("residenceStatus", "FLOATING_IN");
        b.put("originRegion", "甘肃省会宁县");
        b.put("arrivalDate", clock.today().minusDays(300).toString());
        b.put("stayUntil", clock.today().plusDays(5).toString());
        long pid = Api.as("village").body(b).post("/api/persons").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("village").get("/api/floating-population/expiring?days=7&size=200").then().statusCode(200).body("items.id", hasItem((int) pid));
        Api.as("village").get("/api/floating-population/expiring?days=400").then().statusCode(400).body("errors[0].field", equalTo("days"));
        Api.as("village").get("/api/floating-population/counts").then().statusCode(200)
                .body("find { it.orgUnitId == 5 }.floatingIn", greaterThanOrEqualTo(1));
        float before = Api.as("village").get("/api/floating-population/coverage").then().statusCode(200).extract().jsonPath().getFloat("rate");
        int floating = Api.as("village").get("/api/floating-population/coverage").then().extract().path("floating");
        // this record has no phone: incomplete; adding one makes it complete
        Api.as("village").get("/api/floating-population/coverage").then().body("complete", org.hamcrest.Matchers.lessThan(floating));
        b.put("phone", "13811112222");
        Api.as("village").header("If-Match", "\"0\"").body(b).put("/api/persons/" + pid).then().statusCode(200);
        float after = Api.as("village").get("/api/floating-population/coverage").then().extract().jsonPath().getFloat("rate");
        org.junit.jupiter.api.Assertions.assertTrue(after > before, "coverage rises when a record is completed: " + before + " → " + after);
        Api.as("cashier").get("/api/floating-population/coverage").then().statusCode(403);
    }
}
