package fpms.oversight;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fpms.common.time.AppClock;
import fpms.prepregnancy.Couples;
import fpms.prepregnancy.Couples.Couple;
import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TargetResourceTest {

    @Inject
    AppClock clock;

    private static final String TARGETS = "/api/targets";
    /** 文昌镇's villages of the demo data (other tests add units of their own under it). */
    private static final String DEMO_VILLAGES = "children.findAll { it.orgUnitId >= 5 && it.orgUnitId <= 12 }";

    private static Map<String, Object> target(long orgUnitId, int year, int count) {
        return Map.of("orgUnitId", orgUnitId, "kind", "PREPREGNANCY_CHECK", "year", year, "count", count);
    }

    @Test
    void eachLevelSetsTheTargetsOfTheUnitsBelowItsOwn() {
        // a town officer its villages', a district officer its towns', the administrator the district's
        long village = Api.as("town").body(target(Fixtures.HEILIN, 2030, 60)).post(TARGETS).then().statusCode(201)
                .body("orgUnitId", equalTo((int) Fixtures.HEILIN)).body("count", equalTo(60)).body("version", equalTo(0))
                .extract().jsonPath().getLong("id");
        Api.as("district").body(target(Fixtures.WENCHANG, 2030, 470)).post(TARGETS).then().statusCode(201);
        Api.as("admin").body(target(Fixtures.SHAPOTOU, 2030, 850)).post(TARGETS).then().statusCode(201);
        Api.as("town").body(target(Fixtures.HEILIN, 2030, 61)).post(TARGETS).then().statusCode(409)
                .body("detail", containsString("黑林村"));

        // not their own unit's (that is the level above's), not outside their subtree, not other roles
        Api.as("town").body(target(Fixtures.WENCHANG, 2031, 470)).post(TARGETS).then().statusCode(403)
                .body("detail", containsString("文昌镇"));
        Api.as("district").body(target(Fixtures.SHAPOTOU, 2031, 850)).post(TARGETS).then().statusCode(403);
        Api.as("town").body(target(14, 2031, 30)).post(TARGETS).then().statusCode(404);
        Api.as("town").body(target(Fixtures.SHAPOTOU, 2031, 30)).post(TARGETS).then().statusCode(404);
        for (String other : List.of("village", "auditor", "cashier")) {
            Api.as(other).body(target(Fixtures.HEILIN, 2031, 30)).post(TARGETS).then().statusCode(403);
        }

        Api.as("town").body(Map.of("orgUnitId", Fixtures.HEILIN, "kind", "FLOATING", "year", 2031, "count", 1)).post(TARGETS)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        Api.as("town").body(target(Fixtures.HEILIN, 1999, 0)).post(TARGETS).then().statusCode(400)
                .body("errors.field", contains("count", "year"));
        Api.as("town").body(target(Fixtures.HEILIN, 2100, 60)).post(TARGETS).then().statusCode(400).body("errors[0].field", equalTo("year"));

        Api.as("village").get(TARGETS + "/" + village).then().statusCode(200).body("count", equalTo(60));
        Api.as("village2").get(TARGETS + "/" + village).then().statusCode(404);
        Api.as("town").get(TARGETS + "?year=2030&parentId=" + Fixtures.WENCHANG).then().statusCode(200)
                .body("items.orgUnitId", contains((int) Fixtures.HEILIN));
        Api.as("auditor").get(TARGETS + "?year=2030&kind=PREPREGNANCY_CHECK").then().statusCode(200)
                .body("items.orgUnitId", contains((int) Fixtures.WENCHANG, (int) Fixtures.HEILIN));
        Api.as("cashier").get(TARGETS).then().statusCode(403);
    }

    @Test
    void aTargetChangesWithIfMatchByTheLevelAboveOnlyAndIsAudited() {
        long id = Api.as("town").body(target(Fixtures.DONGTAI, 2032, 50)).post(TARGETS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String path = TARGETS + "/" + id;
        Api.as("town").body(Map.of("count", 55)).put(path).then().statusCode(428);
        Api.as("town").header("If-Match", "\"3\"").body(Map.of("count", 55)).put(path).then().statusCode(412);
        Api.as("town").header("If-Match", Fixtures.etag("town", path)).body(Map.of("count", 0)).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("count"));
        Api.as("town").header("If-Match", Fixtures.etag("town", path)).body(Map.of("count", 55)).put(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("count", equalTo(55)).body("version", equalTo(1));
        Api.as("district").header("If-Match", "\"1\"").body(Map.of("count", 56)).put(path).then().statusCode(200);
        Api.as("village2").header("If-Match", "\"2\"").body(Map.of("count", 57)).put(path).then().statusCode(403);
        Api.as("auditor").get("/api/audit-events?entityType=AnnualTarget&entityId=" + id).then().statusCode(200)
                .body("items.action", contains("UPDATE", "UPDATE", "CREATE"))
                .body("items[0].actor", equalTo("district"))
                .body("items[0].changes[0].before", equalTo(55)).body("items[0].changes[0].after", equalTo(56));

        // the town's own target is the district's to change, not the town's
        long town = Api.as("district").body(target(Fixtures.WENCHANG, 2032, 400)).post(TARGETS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as("town").header("If-Match", "\"0\"").body(Map.of("count", 1)).put(TARGETS + "/" + town).then().statusCode(403);
        Api.as("town").get(TARGETS + "/" + town).then().statusCode(200).body("count", equalTo(400));
        // a target that does not exist (or is outside the caller's subtree) is not found
        Api.as("town").header("If-Match", "\"0\"").body(Map.of("count", 1)).put(TARGETS + "/999999999").then().statusCode(404);
    }

    /**
     * 2011 has no other checks. 黑林村: couple A twice (March and May: once, in March), couple B in May, couple D voided;
     * 东台村: couple C in May. Targets: 文昌镇 10, 黑林村 4, 东台村 none.
     */
    @Test
    void progressCountsDistinctCouplesWithAValidCheckPerChildAndMonthAgainstTheTargets() {
        int year = 2011;
        Api.as("district").body(target(Fixtures.WENCHANG, year, 10)).post(TARGETS).then().statusCode(201);
        long heilinTarget = Api.as("town").body(target(Fixtures.HEILIN, year, 4)).post(TARGETS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Couple a = Couples.couple("village", Fixtures.HEILIN, "进甲");
        Couple b = Couples.couple("village", Fixtures.HEILIN, "进乙");
        Couple c = Couples.couple("village2", Fixtures.DONGTAI, "进丙");
        Couple d = Couples.couple("village", Fixtures.HEILIN, "进丁");
        Couples.record("village", Couples.check(a.wife(), a.husband(), LocalDate.of(year, 3, 10)));
        Couples.record("village", Couples.check(a.wife(), a.husband(), LocalDate.of(year, 5, 1)));
        Couples.record("village", Couples.check(b.wife(), b.husband(), LocalDate.of(year, 5, 20)));
        Couples.record("village2", Couples.check(c.wife(), c.husband(), LocalDate.of(year, 5, 31)));
        long voided = Couples.record("village", Couples.check(d.wife(), d.husband(), LocalDate.of(year, 7, 1)));
        Couples.voidCheck("village", voided, "不是本户夫妻");
        Couples.record("village", Couples.check(d.wife(), d.husband(), LocalDate.of(year + 1, 1, 1)));

        JsonPath p = Api.as("town").get(TARGETS + "/progress?kind=PREPREGNANCY_CHECK&year=" + year + "&orgUnitId=" + Fixtures.WENCHANG)
                .then().statusCode(200).extract().jsonPath();
        assertAll(
                () -> assertEquals("文昌镇", p.getString("orgUnit.name")),
                () -> assertEquals(10, p.getInt("orgUnit.target")),
                () -> assertEquals(3, p.getInt("orgUnit.done")),
                () -> assertEquals(0.3f, p.getFloat("orgUnit.rate")),
                () -> assertEquals(List.of(5, 6, 7, 8, 9, 10, 11, 12), p.getList(DEMO_VILLAGES + ".orgUnitId")),
                () -> assertEquals(List.of(2, 1, 0, 0, 0, 0, 0, 0), p.getList(DEMO_VILLAGES + ".done")),
                () -> assertEquals(List.of(), p.getList("children.findAll { it.orgUnitId > 12 && it.done != 0 }")),
                () -> assertEquals(4, p.getInt("children[0].target")),
                () -> assertEquals(heilinTarget, p.getLong("children[0].targetId")),
                () -> assertEquals(0.5f, p.getFloat("children[0].rate")),
                () -> assertNull(p.get("children[1].target")),
                () -> assertNull(p.get("children[1].rate")),
                () -> assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), p.getList("months.month")),
                () -> assertEquals(List.of(0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0), p.getList("months.done")),
                () -> assertEquals(List.of(0, 0, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3), p.getList("months.cumulative")));

        // a village worker sees their own village, which has no children
        Api.as("village").get(TARGETS + "/progress?kind=PREPREGNANCY_CHECK&year=" + year).then().statusCode(200)
                .body("orgUnit.orgUnitId", equalTo((int) Fixtures.HEILIN)).body("orgUnit.done", equalTo(2))
                .body("orgUnit.rate", equalTo(0.5f)).body("children", hasSize(0))
                .body("months.cumulative[11]", equalTo(2));
        // the district: its towns; 滨河镇 without checks or a target
        Api.as("district").get(TARGETS + "/progress?kind=PREPREGNANCY_CHECK&year=" + year).then().statusCode(200)
                .body("orgUnit.orgUnitId", equalTo((int) Fixtures.SHAPOTOU)).body("orgUnit.target", nullValue())
                .body("children.find { it.orgUnitId == 4 }.done", equalTo(3))
                .body("children.find { it.orgUnitId == 13 }.done", equalTo(0))
                .body("children.find { it.orgUnitId == 13 }.target", nullValue());
        Api.as("town").get(TARGETS + "/progress?kind=PREPREGNANCY_CHECK&year=" + year + "&orgUnitId=" + Fixtures.BINHE).then().statusCode(404);
        Api.as("town").get(TARGETS + "/progress?year=" + year).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        Api.as("cashier").get(TARGETS + "/progress?kind=PREPREGNANCY_CHECK").then().statusCode(403);
    }

    @Test
    void theDemoTargetsAreAliveThisYear() {
        Api.as("town").get(TARGETS + "/progress?kind=PREPREGNANCY_CHECK").then().statusCode(200)
                .body("year", equalTo(clock.today().getYear()))
                .body("orgUnit.target", equalTo(470))
                .body(DEMO_VILLAGES + ".target", contains(70, 65, 60, 60, 55, 55, 55, 50))
                .body("orgUnit.done", org.hamcrest.Matchers.greaterThan(0));
    }
}
