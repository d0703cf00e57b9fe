package fpms.pregnancy;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.common.time.AppClock;
import fpms.household.TestPeople;
import fpms.support.Api;
import fpms.support.Fixtures;
import fpms.support.SameDay;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PregnancyResourceTest {

    private static LocalDate TODAY;

    @Inject
    AppClock clock;

    /** The app's today, held for each test: a run crossing midnight in Shanghai still agrees with the server. */
    @BeforeEach
    void holdToday() {
        TODAY = SameDay.hold(clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A new couple in a new household of 黑林村; returns {wife, husband, household}. */
    private static long[] couple() {
        long household = TestPeople.household("village", Fixtures.HEILIN, Fixtures.unique("PG"));
        long husband = TestPeople.person("village", "测试丈夫", TestPeople.man(1988), null, household, "HEAD");
        long wife = TestPeople.person("village", "测试孕妇", TestPeople.woman(1992), null, household, "SPOUSE");
        return new long[] {wife, husband, household};
    }

    private static JsonPath register(long woman, LocalDate lmp) {
        return Api.as("village").body(Map.of("personId", woman, "lmp", lmp.toString())).post("/api/pregnancies")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> homeVisit(long pregnancy, LocalDate date) {
        Map<String, Object> body = new HashMap<>();
        body.put("pregnancyId", pregnancy);
        body.put("kind", "HOME_VISIT");
        body.put("date", date.toString());
        body.put("findings", Map.of("condition", "精神好", "advice", "按时产检"));
        return body;
    }

    private static int worklistTotal(String user) {
        return Api.as(user).get("/api/worklist?size=200").then().statusCode(200).extract().path("total");
    }

    @Test
    void registrationDerivesTheDeliveryDateAndPlansTheFollowUps() {
        long[] c = couple();
        LocalDate lmp = TODAY.minusDays(70);
        JsonPath p = register(c[0], lmp);
        assertEquals(lmp.plusDays(280).toString(), p.getString("pregnancy.edd"));
        assertEquals(10, p.getInt("pregnancy.gestationWeeks"));
        assertEquals("ACTIVE", p.getString("pregnancy.status"));
        assertEquals(1, p.getInt("pregnancy.birthOrder"));
        long id = p.getLong("pregnancy.id");
        JsonPath schedule = Api.as("village").get("/api/pregnancies/" + id + "/schedule").then().statusCode(200).extract().jsonPath();
        List<String> kinds = schedule.getList("slots.kind");
        assertTrue(kinds.containsAll(List.of("HOME_VISIT", "PREGNANCY_CHECK", "ULTRASOUND")));
        assertEquals(TODAY.toString(), schedule.getString("slots.find { it.kind == 'HOME_VISIT' && it.seq == 0 }.start"));
        assertEquals("DUE", schedule.getString("slots.find { it.kind == 'HOME_VISIT' && it.seq == 0 }.status"));
        assertEquals("UPCOMING", schedule.getString("slots.find { it.kind == 'HOME_VISIT' && it.seq == 0 }.status".replace("seq == 0", "seq == 1")));
        Api.as("village").get("/api/worklist?size=200").then().statusCode(200).body("items.pregnancyId", hasItem((int) id));
        // a second active pregnancy of the same woman
        Api.as("village").body(Map.of("personId", c[0], "lmp", lmp.toString())).post("/api/pregnancies").then().statusCode(409);
    }

    @Test
    void badRegistrationsNameTheField() {
        long[] c = couple();
        Api.as("village").body(Map.of("personId", c[1], "lmp", TODAY.minusDays(30).toString())).post("/api/pregnancies")
                .then().statusCode(400).body("errors[0].field", equalTo("personId"));
        Api.as("village").body(Map.of("personId", c[0], "lmp", TODAY.plusDays(1).toString())).post("/api/pregnancies")
                .then().statusCode(400).body("errors[0].field", equalTo("lmp"));
        Api.as("village").body(Map.of("personId", c[0], "lmp", TODAY.minusDays(30).toString(), "edd", TODAY.plusDays(257).toString()))
                .post("/api/pregnancies").then().statusCode(400).body("errors[0].field", equalTo("eddReason"));
        Api.as("village").body(Map.of("personId", c[0], "lmp", TODAY.minusDays(30).toString(), "riskFactors", List.of("NO_SUCH")))
                .post("/api/pregnancies").then().statusCode(400).body("errors[0].field", equalTo("riskFactors"));
    }

    @Test
    void aVisitFillsTheOpenSlotASecondIsExtraAndVoidingOpensItAgain() {
        long[] c = couple();
        long id = register(c[0], TODAY.minusDays(60)).getLong("pregnancy.id");
        int before = worklistTotal("village");
        var recorded = Api.as("village").body(homeVisit(id, TODAY)).post("/api/visits").then().statusCode(201).extract();
        JsonPath v = recorded.jsonPath();
        assertEquals("FILLS", v.getString("placement"));
        assertEquals(before - 1, worklistTotal("village"));
        String slot = "slots.find { it.kind == 'HOME_VISIT' && it.seq == 0 }";
        Api.as("village").get("/api/pregnancies/" + id + "/schedule").then().body(slot + ".status", equalTo("DONE"));
        // as of yesterday it was not done yet
        Api.as("village").get("/api/pregnancies/" + id + "/schedule?asOf=" + TODAY.minusDays(1))
                .then().body(slot + ".status", not(equalTo("DONE")));
        Api.as("village").body(homeVisit(id, TODAY)).post("/api/visits").then().statusCode(201).body("placement", equalTo("EXTRA"));
        long first = v.getLong("id");
        Api.as("village").header("If-Match", recorded.header("ETag")).body(Map.of("reason", "录入错误")).post("/api/visits/" + first + "/void")
                .then().statusCode(200).body("voided", equalTo(true));
        // the second visit now fills the slot
        Api.as("village").get("/api/pregnancies/" + id + "/schedule").then().body(slot + ".status", equalTo("DONE"))
                .body("visits.find { it.visitId == " + first + " }", equalTo(null));
        Api.as("village").header("If-Match", TestPeople.etag("village", "/api/visits/" + first)).body(Map.of("reason", "again"))
                .post("/api/visits/" + first + "/void").then().statusCode(409);
        // visits in the future or before the registration
        Api.as("village").body(homeVisit(id, TODAY.plusDays(1))).post("/api/visits").then().statusCode(400).body("errors[0].field", equalTo("date"));
        Map<String, Object> check = homeVisit(id, TODAY);
        check.put("kind", "PREGNANCY_CHECK");
        Api.as("village").body(check).post("/api/visits").then().statusCode(400).body("errors[0].field", equalTo("findings.weightKg"));
    }

    // --- issue 11 point 9: each read of one health record is audited, lists are not, and no finding is in the log
    @Test
    void readingOnePregnancyOrOneVisitIsAuditedWithoutItsValues() {
        long[] c = couple();
        long id = register(c[0], TODAY.minusDays(60)).getLong("pregnancy.id");
        long visit = Api.as("village").body(homeVisit(id, TODAY)).post("/api/visits").then().statusCode(201).extract().jsonPath().getLong("id");
        String events = "/api/audit-events?actor=town&entityId=";
        Api.as("town").get("/api/pregnancies?size=5").then().statusCode(200);
        Api.as("town").get("/api/visits?pregnancyId=" + id).then().statusCode(200);
        Api.as("auditor").get(events + id + "&entityType=Pregnancy&action=READ").then().body("total", equalTo(0)); // lists are not
        Api.as("auditor").get(events + visit + "&entityType=Visit&action=READ_FINDINGS").then().body("total", equalTo(0));
        Api.as("town").get("/api/pregnancies/" + id).then().statusCode(200);
        Api.as("town").get("/api/visits/" + visit).then().statusCode(200);
        Api.as("auditor").get(events + id + "&entityType=Pregnancy&action=READ").then().body("total", equalTo(1))
                .body("items[0].changes", org.hamcrest.Matchers.empty());
        Api.as("auditor").get(events + visit + "&entityType=Visit&action=READ_FINDINGS").then().body("total", equalTo(1))
                .body("items[0].changes", org.hamcrest.Matchers.empty());
    }

    @Test
    void aDeliveryRegistersTheChildInTheHouseholdAndCancelsLaterSlots() {
        long[] c = couple();
        long id = register(c[0], TODAY.minusDays(270)).getLong("pregnancy.id");
        Map<String, Object> baby = Map.of("sex", "FEMALE", "weightGrams", 3200, "alive", true, "name", "测试小花");
        JsonPath d = Api.as("village").header("If-Match", TestPeople.etag("village", "/api/pregnancies/" + id)).body(Map.of("date", TODAY.toString(), "place", "区医院", "babies", List.of(baby)))
                .post("/api/pregnancies/" + id + "/delivery").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        assertEquals("DELIVERED", d.getString("pregnancy.status"));
        long child = d.getLong("babies[0].personId");
        Api.as("village").get("/api/persons/" + child).then().statusCode(200).body("motherId", equalTo((int) c[0]))
                .body("fatherId", equalTo((int) c[1])).body("householdId", equalTo((int) c[2]));
        // the child has no ID number yet; the worker can still correct her name
        Api.as("village").header("If-Match", TestPeople.etag("village", "/api/persons/" + child))
                .body(Map.of("name", "测试小华", "orgUnitId", Fixtures.HEILIN)).put("/api/persons/" + child)
                .then().log().ifValidationFails().statusCode(200).body("name", equalTo("测试小华"));
        Api.as("village").get("/api/pregnancies/" + id + "/schedule?asOf=" + TODAY.plusDays(40))
                .then().body("slots.findAll { it.start > '" + TODAY + "' }.status", everyItem(equalTo("CANCELLED")));
        Api.as("village").body(homeVisit(id, TODAY)).post("/api/visits").then().statusCode(409);
        Api.as("village").header("If-Match", TestPeople.etag("village", "/api/pregnancies/" + id)).body(Map.of("date", TODAY.toString(), "type", "OTHER", "reason", "x"))
                .post("/api/pregnancies/" + id + "/end").then().statusCode(409);
    }

    @Test
    void aDeliveryOfTwinsRegistersBothAndADuplicateScanOfTheirVillageStillRuns() {
        long[] c = couple();
        long id = register(c[0], TODAY.minusDays(266)).getLong("pregnancy.id");
        List<Map<String, Object>> twins = List.of(Map.of("sex", "MALE", "weightGrams", 2600, "alive", true, "name", "马小龙"),
                Map.of("sex", "MALE", "weightGrams", 2500, "alive", true, "name", "马小虎"));
        JsonPath d = Api.as("village").header("If-Match", TestPeople.etag("village", "/api/pregnancies/" + id))
                .body(Map.of("date", TODAY.toString(), "place", "区医院", "babies", twins))
                .post("/api/pregnancies/" + id + "/delivery").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        long second = d.getLong("babies[1].personId");
        Api.as("village").get("/api/persons/" + second).then().statusCode(200).body("motherId", equalTo((int) c[0]));
        long job = Api.as("town").body(Map.of("orgUnitId", Fixtures.HEILIN)).post("/api/duplicate-scans").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        assertEquals("SUCCEEDED", Api.finished("town", "/api/jobs/" + job).getString("status"));
        Api.as("town").get("/api/duplicate-candidates?size=200").then().statusCode(200)
                .body("items.other.id", not(hasItem((int) second))).body("items.person.id", not(hasItem((int) second)));
    }

    @Test
    void anEndAndATransferCloseTheRecordAndTheTransferContinuesInTheReceivingVillage() {
        long[] c = couple();
        long ended = register(c[0], TODAY.minusDays(80)).getLong("pregnancy.id");
        Api.as("village").header("If-Match", TestPeople.etag("village", "/api/pregnancies/" + ended)).body(Map.of("date", TODAY.toString(), "type", "MISCARRIAGE", "reason", "自然流产"))
                .post("/api/pregnancies/" + ended + "/end").then().statusCode(200).body("pregnancy.status", equalTo("ENDED"));
        Map<String, Object> firstChild = new HashMap<>(Map.of("name", "测试长子", "idNumber", TestPeople.man(2016), "orgUnitId", Fixtures.HEILIN,
                "householdId", c[2], "relation", "CHILD", "motherId", c[0]));
        Api.as("village").body(firstChild).post("/api/persons").then().statusCode(201);
        long moved = register(c[0], TODAY.minusDays(20)).getLong("pregnancy.id");
        Api.as("village").header("If-Match", TestPeople.etag("village", "/api/pregnancies/" + moved)).body(Map.of("date", TODAY.toString(), "toOrgUnitId", Fixtures.DONGTAI, "reason", "随夫迁居"))
                .post("/api/pregnancies/" + moved + "/transfer").then().statusCode(200).body("pregnancy.status", equalTo("TRANSFERRED_OUT"));
        Api.as("village2").get("/api/pregnancies?status=ACTIVE&size=200").then().statusCode(200)
                .body("items.findAll { it.personId == " + c[0] + " }.size()", equalTo(1));
        // the receiving village follows her up although she stays in her home village's register: it sees who she is
        long continued = Api.as("village2").get("/api/pregnancies?status=ACTIVE&q=测试孕妇&size=200").then().statusCode(200)
                .body("items.find { it.personId == " + c[0] + " }.womanName", equalTo("测试孕妇"))
                .extract().jsonPath().getLong("items.find { it.personId == " + c[0] + " }.id");
        Api.as("village2").get("/api/pregnancies/" + continued).then().statusCode(200)
                .body("pregnancy.womanName", equalTo("测试孕妇")).body("transferredFromId", equalTo((int) moved));
        Api.as("village2").get("/api/worklist?upcomingDays=60&size=200").then().statusCode(200)
                .body("items.findAll { it.pregnancyId == " + continued + " }.womanName", hasItem("测试孕妇"));
        Api.as("village2").get("/api/pregnancies?transferredIn=true&size=200").then().statusCode(200)
                .body("items.id", hasItem((int) continued)).body("items.transferredIn", everyItem(equalTo(true)));
        // it corrects the registration without losing her birth order (her first child is registered at home) …
        Api.as("village2").header("If-Match", TestPeople.etag("village2", "/api/pregnancies/" + continued))
                .body(Map.of("personId", c[0], "lmp", TODAY.minusDays(270).toString(), "reason", "B超核对"))
                .put("/api/pregnancies/" + continued).then().log().ifValidationFails().statusCode(200).body("pregnancy.birthOrder", equalTo(2));
        // … and records the delivery: the child joins her household at home, with her husband as the father
        Map<String, Object> baby = Map.of("sex", "MALE", "weightGrams", 3300, "alive", true, "name", "测试次子");
        long child = Api.as("village2").header("If-Match", TestPeople.etag("village2", "/api/pregnancies/" + continued))
                .body(Map.of("date", TODAY.toString(), "place", "区医院", "babies", List.of(baby)))
                .post("/api/pregnancies/" + continued + "/delivery").then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath().getLong("babies[0].personId");
        Api.as("village").get("/api/persons/" + child).then().statusCode(200).body("motherId", equalTo((int) c[0]))
                .body("fatherId", equalTo((int) c[1])).body("householdId", equalTo((int) c[2]));
    }

    @Test
    void rolesAndScope() {
        long[] c = couple();
        long id = register(c[0], TODAY.minusDays(50)).getLong("pregnancy.id");
        Api.as("cashier").get("/api/pregnancies").then().statusCode(403);
        Api.as("village2").get("/api/pregnancies/" + id).then().statusCode(404);
        Api.as("town").get("/api/pregnancies/" + id).then().statusCode(200);
        Api.as("village").body(Map.of("kind", "HOME_VISIT", "intervalMonths", 1, "windowDays", 15, "graceDays", 3,
                "effectiveFrom", TODAY.toString(), "reason", "x")).post("/api/follow-up-rules").then().statusCode(403);
    }

    @Test
    void complianceCountsClosedSlotsPerChildUnitAndMonth() {
        String month = TODAY.minusMonths(1).toString().substring(0, 7);
        JsonPath r = Api.as("town").get("/api/follow-up-compliance?period=" + month).then().statusCode(200).extract().jsonPath();
        assertEquals("文昌镇", r.getString("unit.name"));
        assertTrue(r.getList("children.name").containsAll(List.of("黑林村", "东台村")), "the villages of 文昌镇 are its children");
        assertEquals(12, r.getList("trend").size());
        assertEquals(month, r.getString("trend[11].month"));
        Api.as("town").get("/api/follow-up-compliance?period=2018-13").then().statusCode(400).body("errors[0].field", equalTo("period"));
    }

    @Test
    void aRuleChangeIsANewVersionFromTodayOn() {
        Api.as("admin").body(Map.of("kind", "ULTRASOUND", "intervalMonths", 3, "windowDays", 30, "graceDays", 7,
                "effectiveFrom", TODAY.minusDays(1).toString(), "reason", "x")).post("/api/follow-up-rules")
                .then().statusCode(400).body("errors[0].field", equalTo("effectiveFrom"));
        LocalDate from = TODAY.plusYears(5);
        Api.as("admin").body(Map.of("kind", "ULTRASOUND", "intervalMonths", 3, "windowDays", 30, "graceDays", 7,
                "effectiveFrom", from.toString(), "reason", "通知")).post("/api/follow-up-rules")
                .then().statusCode(202).body("rule.kind", equalTo("ULTRASOUND"));
        Api.as("village").get("/api/follow-up-rules").then().statusCode(200)
                .body("findAll { it.kind == 'ULTRASOUND' }.effectiveFrom", hasItem(from.toString()));
        Api.as("admin").body(Map.of("kind", "ULTRASOUND", "intervalMonths", 3, "windowDays", 30, "graceDays", 7,
                "effectiveFrom", from.toString(), "reason", "通知")).post("/api/follow-up-rules").then().statusCode(409);
    }

    @Test
    void theDemoDataMakesTheWorklistAndTheComplianceAliveOnFirstRun() {
        JsonPath pregnancies = Api.as("town").get("/api/pregnancies?size=200").then().statusCode(200).extract().jsonPath();
        assertTrue(pregnancies.getInt("total") >= 50, "demo pregnancies: " + pregnancies.getInt("total"));
        for (String status : List.of("ACTIVE", "DELIVERED", "ENDED", "TRANSFERRED_OUT")) {
            assertTrue(pregnancies.getList("items.status").contains(status), status);
        }
        Api.as("village").get("/api/worklist?size=200").then().statusCode(200).body("items.status", hasItem("OVERDUE"))
                .body("items[0].status", equalTo("OVERDUE"));
        JsonPath r = Api.as("town").get("/api/follow-up-compliance?period=" + TODAY.minusMonths(1).toString().substring(0, 7))
                .then().statusCode(200).extract().jsonPath();
        assertTrue(r.getInt("total.find { it.kind == 'HOME_VISIT' }.done") > 0);
        assertTrue(r.getInt("total.find { it.kind == 'HOME_VISIT' }.missed") > 0);
    }

    private static Map<String, Object> registration(long woman, LocalDate lmp, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", woman, "lmp", lmp.toString()));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static long woman(int age) {
        return TestPeople.person("village", "年龄" + age + "岁", TestPeople.woman(TODAY.getYear() - age), Fixtures.HEILIN, null, null);
    }

    /** Issue 9 point 3: an EDD 36 to 44 weeks after the LMP, never 9999-12-31; the plan stays a pregnancy's few slots. */
    @Test
    void theExpectedDeliveryLiesThirtySixToFortyFourWeeksAfterTheLmp() {
        long[] c = couple();
        LocalDate lmp = TODAY.minusDays(30);
        for (LocalDate edd : List.of(LocalDate.of(9999, 12, 31), lmp.plusDays(36 * 7 - 1), lmp.plusDays(44 * 7 + 1))) {
            Api.as("village", null).body(registration(c[0], lmp, "edd", edd.toString(), "eddReason", "B超核对孕周")).post("/api/pregnancies")
                    .then().statusCode(400).body("errors[0].field", equalTo("edd"))
                    .body("errors[0].message", equalTo("须在 " + lmp.plusDays(252) + " 至 " + lmp.plusDays(308) + " 之间（末次月经后 36 至 44 周）"));
        }
        // beyond 42 weeks only with a reason, as every date other than LMP + 280
        LocalDate late = lmp.plusDays(43 * 7);
        Api.as("village").body(registration(c[0], lmp, "edd", late.toString())).post("/api/pregnancies")
                .then().statusCode(400).body("errors[0].field", equalTo("eddReason"));
        long id = Api.as("village").body(registration(c[0], lmp, "edd", late.toString(), "eddReason", "B超核对孕周")).post("/api/pregnancies")
                .then().statusCode(201).body("pregnancy.edd", equalTo(late.toString())).extract().jsonPath().getLong("pregnancy.id");
        List<String> kinds = Api.as("village").get("/api/pregnancies/" + id + "/schedule").then().statusCode(200).extract().path("slots.kind");
        assertTrue(kinds.size() <= 24, "a pregnancy's plan: " + kinds.size() + " slots");
    }

    /** Issue 9 point 3: the other dates of the follow-up have bounds that can be true, and the lists one request sends are bounded. */
    @Test
    void followUpDatesAndListsAreBounded() {
        long[] c = couple();
        long id = register(c[0], TODAY.minusDays(60)).getLong("pregnancy.id");
        Map<String, Object> visit = homeVisit(id, TODAY);
        visit.put("nextAppointment", "9999-12-31");
        Api.as("village").body(visit).post("/api/visits").then().statusCode(400).body("errors[0].field", equalTo("nextAppointment"));
        visit.put("nextAppointment", TODAY.minusDays(1).toString());
        Api.as("village").body(visit).post("/api/visits").then().statusCode(400).body("errors[0].field", equalTo("nextAppointment"));
        Api.as("village").get("/api/pregnancies/" + id + "/schedule?asOf=9999-12-31").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        Api.as("town").get("/api/follow-up-compliance?period=9999-12").then().statusCode(400).body("errors[0].field", equalTo("period"));
        Api.as("town").get("/api/follow-up-compliance?period=1999-12").then().statusCode(400).body("errors[0].field", equalTo("period"));
        Api.as("village").get("/api/worklist?minDaysOverdue=2147483647").then().statusCode(400).body("errors[0].field", equalTo("minDaysOverdue"));
        Api.as("admin").body(Map.of("kind", "ULTRASOUND", "intervalMonths", 3, "windowDays", 30, "graceDays", 7,
                "effectiveFrom", "9999-12-31", "reason", "x")).post("/api/follow-up-rules")
                .then().statusCode(400).body("errors[0].field", equalTo("effectiveFrom"));
        List<String> risks = java.util.Collections.nCopies(21, "HYPERTENSION");
        Api.as("village").body(registration(couple()[0], TODAY.minusDays(30), "riskFactors", risks)).post("/api/pregnancies")
                .then().statusCode(400).body("errors[0].field", equalTo("riskFactors"));
        Map<String, Object> baby = Map.of("sex", "FEMALE", "alive", false);
        Api.as("village").header("If-Match", TestPeople.etag("village", "/api/pregnancies/" + id))
                .body(Map.of("date", TODAY.toString(), "babies", java.util.Collections.nCopies(10, baby)))
                .post("/api/pregnancies/" + id + "/delivery").then().statusCode(400).body("errors[0].field", equalTo("babies"));
        // a list's element is checked too: null is no baby and no risk factor
        Api.as("village").header("If-Match", TestPeople.etag("village", "/api/pregnancies/" + id))
                .body(Map.of("date", TODAY.toString(), "babies", java.util.Collections.singletonList(null)))
                .post("/api/pregnancies/" + id + "/delivery").then().statusCode(400).body("errors[0].field", startsWith("babies"));
        Map<String, Object> nullRisk = homeVisit(id, TODAY);
        nullRisk.put("findings", Map.of("condition", "头晕", "riskFactors", java.util.Collections.singletonList(null)));
        Api.as("village").body(nullRisk).post("/api/visits").then().statusCode(400)
                .body("errors[0].field", startsWith("findings.riskFactors"));
    }

    /** A visit that names a risk factor raises the pregnancy's level (a RISK event); one at her level already changes nothing. */
    @Test
    void aVisitsRiskFactorIsARiskEventOnlyWhenItRaisesTheLevel() {
        long id = register(couple()[0], TODAY.minusDays(60)).getLong("pregnancy.id");
        String risks = "/api/audit-events?action=RISK&entityType=Pregnancy&entityId=" + id;
        Map<String, Object> visit = homeVisit(id, TODAY);
        visit.put("findings", Map.of("condition", "血压偏高", "riskFactors", List.of("HYPERTENSION")));
        Api.as("village").body(visit).post("/api/visits").then().statusCode(201);
        Api.as("village").get("/api/pregnancies/" + id).then().body("pregnancy.riskLevel", equalTo("HIGH"));
        Api.as("auditor").get(risks).then().statusCode(200).body("total", equalTo(1));
        visit.put("findings", Map.of("condition", "血压仍高", "riskFactors", List.of("HYPERTENSION")));
        Api.as("village").body(visit).post("/api/visits").then().statusCode(201);
        Api.as("auditor").get(risks).then().statusCode(200).body("total", equalTo(1));
    }

    /** Issue 9 point 4: a girl of 9 or a woman of 60 is refused; at 50–55 only with a reason, which is kept and shown. */
    @Test
    void theWomansAgeAtTheLmpIsOneAtWhichPregnanciesHappen() {
        LocalDate lmp = TODAY.minusDays(30);
        for (int age : List.of(9, 60)) {
            Api.as("village", null).body(registration(woman(age), lmp)).post("/api/pregnancies").then().statusCode(400)
                    .body("errors[0].field", equalTo("personId")).body("errors[0].message", containsString("只登记 12 至 55 岁妇女的孕情"));
        }
        long late = woman(52);
        Api.as("village", null).body(registration(late, lmp)).post("/api/pregnancies").then().statusCode(400)
                .body("errors[0].field", equalTo("ageReason")).body("errors[0].message", containsString("须说明原因"));
        long id = Api.as("village").body(registration(late, lmp, "ageReason", "辅助生殖，已在区医院建档")).post("/api/pregnancies")
                .then().statusCode(201).body("ageReason", equalTo("辅助生殖，已在区医院建档")).extract().jsonPath().getLong("pregnancy.id");
        Api.as("town").get("/api/pregnancies/" + id).then().statusCode(200).body("ageReason", equalTo("辅助生殖，已在区医院建档"));
        // a woman of 30 needs none, and keeps none
        Api.as("village").body(registration(woman(30), lmp, "ageReason", "多余")).post("/api/pregnancies").then().statusCode(201)
                .body("ageReason", nullValue());
    }

    /** Issue 9 point 4: no live birth 31 days after the LMP; before 22 weeks only with a reason; no outcome before the registration. */
    @Test
    void anOutcomeIsOneThatCanHappen() {
        Map<String, Object> baby = Map.of("sex", "MALE", "weightGrams", 500, "alive", true, "name", "测试早产");
        long early = register(couple()[0], TODAY.minusDays(31)).getLong("pregnancy.id");
        Api.as("village", null).header("If-Match", TestPeople.etag("village", "/api/pregnancies/" + early))
                .body(Map.of("date", TODAY.toString(), "babies", List.of(baby))).post("/api/pregnancies/" + early + "/delivery")
                .then().statusCode(400).body("errors[0].field", equalTo("date")).body("errors[0].message", containsString("不满 20 周属于流产"));
        long premature = register(couple()[0], TODAY.minusDays(21 * 7)).getLong("pregnancy.id");
        String path = "/api/pregnancies/" + premature + "/delivery";
        Api.as("village").header("If-Match", TestPeople.etag("village", "/api/pregnancies/" + premature))
                .body(Map.of("date", TODAY.toString(), "babies", List.of(baby))).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.as("village").header("If-Match", TestPeople.etag("village", "/api/pregnancies/" + premature))
                .body(Map.of("date", TODAY.toString(), "babies", List.of(baby), "reason", "出生时有心跳，转新生儿科抢救")).post(path)
                .then().statusCode(200).body("pregnancy.status", equalTo("DELIVERED")).body("outcomeReason", equalTo("出生时有心跳，转新生儿科抢救"));
        // registered ten days ago: nothing ends, is delivered or moves before that
        long id = Api.as("village").body(registration(couple()[0], TODAY.minusDays(270), "registeredOn", TODAY.minusDays(10).toString()))
                .post("/api/pregnancies").then().statusCode(201).extract().jsonPath().getLong("pregnancy.id");
        String before = TODAY.minusDays(11).toString();
        String etag = TestPeople.etag("village", "/api/pregnancies/" + id);
        Api.as("village").header("If-Match", etag).body(Map.of("date", before, "babies", List.of(baby)))
                .post("/api/pregnancies/" + id + "/delivery").then().statusCode(400).body("errors[0].field", equalTo("date"));
        Api.as("village").header("If-Match", etag).body(Map.of("date", before, "type", "MISCARRIAGE", "reason", "x"))
                .post("/api/pregnancies/" + id + "/end").then().statusCode(400).body("errors[0].field", equalTo("date"));
        Api.as("village", null).header("If-Match", etag).body(Map.of("date", before, "toOrgUnitId", Fixtures.DONGTAI, "reason", "x"))
                .post("/api/pregnancies/" + id + "/transfer").then().statusCode(400).body("errors[0].field", equalTo("date"))
                .body("errors[0].message", equalTo("不能早于孕情登记日期（" + TODAY.minusDays(10) + "）"));
    }

    /** Issue 9 point 9: the worklist and the visits honour sort (an unknown field is a 400 naming sort); unsorted they keep their order. */
    @Test
    void theWorklistAndTheVisitsHonourSort() {
        List<String> due = Api.as("town").get("/api/worklist?sort=dueDate,desc&size=200").then().statusCode(200).extract().path("items.dueDate");
        List<String> descending = new java.util.ArrayList<>(due);
        descending.sort(java.util.Comparator.reverseOrder());
        assertEquals(descending, due);
        Api.as("town").get("/api/worklist?sort=womanIdNumber").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        Api.as("village").get("/api/worklist?size=200").then().statusCode(200).body("items[0].status", equalTo("OVERDUE"));
        long id = Api.as("village").body(registration(couple()[0], TODAY.minusDays(60), "registeredOn", TODAY.minusDays(5).toString()))
                .post("/api/pregnancies").then().statusCode(201).extract().jsonPath().getLong("pregnancy.id");
        Api.as("village").body(homeVisit(id, TODAY.minusDays(1))).post("/api/visits").then().statusCode(201);
        Api.as("village").body(homeVisit(id, TODAY)).post("/api/visits").then().statusCode(201);
        Api.as("village").get("/api/visits?pregnancyId=" + id).then().statusCode(200)
                .body("items.date", contains(TODAY.toString(), TODAY.minusDays(1).toString()));
        Api.as("village").get("/api/visits?sort=date,asc&pregnancyId=" + id).then().statusCode(200)
                .body("items.date", contains(TODAY.minusDays(1).toString(), TODAY.toString()));
        Api.as("village").get("/api/visits?sort=findings&pregnancyId=" + id).then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }
}
