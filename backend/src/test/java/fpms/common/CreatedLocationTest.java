package fpms.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.common.time.AppClock;
import fpms.household.TestPeople;
import fpms.prepregnancy.Couples;
import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every 201 and 202 carries a Location under /api (once) that a GET answers. */
@QuarkusTest
class CreatedLocationTest {

    @Inject
    AppClock clock;

    /** What the request created: who reads it, the answer, and the path its Location must have ("{id}" from the body). */
    private record Created(String reader, Response answer, String expectedPath) {
    }

    @Test
    void everyCreatedOrStartedResourceIsWhereItsLocationSays() {
        LocalDate today = clock.today();
        Map<String, Supplier<Created>> table = new LinkedHashMap<>();
        table.put("household", () -> created("village", "/api/households/{household.id}", Api.as("village")
                .body(Map.of("orgUnitId", Fixtures.HEILIN, "code", Fixtures.unique("LOC-"), "address", "黑林村一组", "type", "REGISTERED"))
                .post("/api/households")));
        table.put("person", () -> created("village", "/api/persons/{id}", Api.as("village")
                .body(Map.of("name", "位置测试", "idNumber", TestPeople.woman(1990), "orgUnitId", Fixtures.HEILIN)).post("/api/persons")));
        long[] couple = couple();
        long pregnancy = Api.as("village").body(Map.of("personId", couple[0], "lmp", today.minusDays(60).toString()))
                .post("/api/pregnancies").then().statusCode(201).extract().jsonPath().getLong("pregnancy.id");
        table.put("pregnancy", () -> {
            long[] other = couple();
            return created("village", "/api/pregnancies/{pregnancy.id}", Api.as("village")
                    .body(Map.of("personId", other[0], "lmp", today.minusDays(30).toString())).post("/api/pregnancies"));
        });
        table.put("visit", () -> created("village", "/api/visits/{id}", Api.as("village").body(Map.of("pregnancyId", pregnancy,
                "kind", "HOME_VISIT", "date", today.toString(), "findings", Map.of("condition", "精神好"))).post("/api/visits")));
        table.put("birth registration", () -> created("village", "/api/birth-registrations/{id}", Api.as("village")
                .body(Map.of("fatherId", couple[1], "motherId", couple[0], "marriageDate", "2015-05-01", "childOrder", 1))
                .post("/api/birth-registrations")));
        table.put("pre-pregnancy check", () -> {
            Couples.Couple c = Couples.couple("village", Fixtures.HEILIN, "位置");
            return created("village", "/api/prepregnancy-checks/{check.id}", Api.as("village")
                    .body(Couples.check(c.wife(), c.husband(), today)).post("/api/prepregnancy-checks"));
        });
        table.put("user", () -> created("admin", "/api/users/{id}", Api.as("admin").body(Map.of("username", Fixtures.unique("loc"),
                "displayName", "位置测试", "password", Fixtures.PASSWORD, "roles", List.of("VILLAGE_WORKER"), "orgUnitId", Fixtures.HEILIN))
                .post("/api/users")));
        long village = Api.as("admin").body(Map.of("parentId", Fixtures.WENCHANG, "name", Fixtures.unique("位置村"), "level", "VILLAGE"))
                .post("/api/org-units").then().statusCode(201).extract().jsonPath().getLong("id");
        table.put("org unit", () -> created("admin", "/api/org-units/{id}", Api.as("admin")
                .body(Map.of("parentId", Fixtures.WENCHANG, "name", Fixtures.unique("位置村"), "level", "VILLAGE")).post("/api/org-units")));
        table.put("target", () -> created("town", "/api/targets/{id}", Api.as("town")
                .body(Map.of("orgUnitId", village, "kind", "PREPREGNANCY_CHECK", "year", today.getYear() + 1, "count", 10)).post("/api/targets")));
        table.put("import", () -> created("village", "/api/imports/{id}", Api.as("village").contentType("multipart/form-data")
                .multiPart("file", "location.csv", "村居,户编号\n".getBytes(StandardCharsets.UTF_8), "text/csv").post("/api/imports")));
        table.put("duplicate scan", () -> created("town", "/api/jobs/{id}", Api.as("town")
                .body(Map.of("orgUnitId", Fixtures.HEILIN)).post("/api/duplicate-scans")));
        table.put("follow-up rule change", () -> created("admin", "/api/jobs/{jobId}", Api.as("admin").body(Map.of("kind", "HOME_VISIT",
                "intervalMonths", 1, "windowDays", 20, "graceDays", 5, "effectiveFrom", today.plusYears(6).toString(), "reason", "位置测试"))
                .post("/api/follow-up-rules")));

        table.forEach((what, create) -> {
            Created c = create.get();
            int status = c.answer().statusCode();
            assertTrue(status == 201 || status == 202, what + " answered " + status + ": " + c.answer().asString());
            String location = c.answer().header("Location");
            assertNotNull(location, what + " has no Location");
            String field = c.expectedPath().replaceAll(".*\\{(.+)}", "$1");
            String expected = c.expectedPath().replace("{" + field + "}", c.answer().jsonPath().getString(field));
            assertEquals(expected, URI.create(location).getPath(), what);
            Api.as(c.reader()).get(location).then().statusCode(200);
        });
    }

    private static Created created(String reader, String expectedPath, Response answer) {
        return new Created(reader, answer, expectedPath);
    }

    /** A wife and husband of a new household of 黑林村. */
    private static long[] couple() {
        long household = TestPeople.household("village", Fixtures.HEILIN, Fixtures.unique("LOC"));
        long husband = TestPeople.person("village", "位置丈夫", TestPeople.man(1988), null, household, "HEAD");
        long wife = TestPeople.person("village", "位置妻子", TestPeople.woman(1992), null, household, "SPOUSE");
        return new long[] {wife, husband};
    }
}
