package fpms.prepregnancy;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fpms.common.time.AppClock;
import fpms.prepregnancy.Couples.Couple;
import fpms.support.Api;
import fpms.support.Fixtures;
import fpms.support.SameDay;
import fpms.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PrepregnancyCheckResourceTest {

    private static final String CHECKS = "/api/prepregnancy-checks";
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

    private static String path(long id) {
        return CHECKS + "/" + id;
    }

    @Test
    void aVillageWorkerRecordsACheckOfACoupleOfTheirVillageAndReadsItBackWithTheResults() {
        Couple c = Couples.couple("village", Fixtures.HEILIN, "检甲");
        Map<String, Object> body = Couples.check(c.wife(), c.husband(), TODAY);
        body.put("riskLevel", "HIGH");
        body.put("riskFactors", List.of("INFECTIOUS_DISEASE", "ADVANCED_AGE"));
        @SuppressWarnings("unchecked")
        Map<String, Object> wife = (Map<String, Object>) ((Map<String, Object>) body.get("results")).get("wife");
        wife.put("hbsag", "ABNORMAL");
        wife.put("note", "乙肝表面抗原阳性");
        long id = Api.as("village").body(body).post(CHECKS).then().statusCode(201)
                .header("Location", containsString(path(0).replace("/0", "/")))
                .header("ETag", matchesPattern("\"\\d+\""))
                .body("check.orgUnitId", equalTo((int) Fixtures.HEILIN))
                .body("check.wife.name", equalTo(c.wifeName()))
                .body("check.wife.idNumber", matchesPattern("640502\\*{8}\\d{3}[\\dX]"))
                .body("check.husband.name", equalTo(c.husbandName()))
                .body("check.riskLevel", equalTo("HIGH"))
                .body("check.riskFactors", contains("ADVANCED_AGE", "INFECTIOUS_DISEASE"))
                .body("check.recordedByName", equalTo("黑林村计生专干"))
                .body("check.status", equalTo("VALID"))
                .body("results.wife.hbsag", equalTo("ABNORMAL"))
                .body("results.wife.note", equalTo("乙肝表面抗原阳性"))
                .body("results.husband.bloodType", equalTo("A"))
                .body("results.husband.tsh", nullValue())
                .extract().jsonPath().getLong("check.id");
        Api.as("town").get(path(id)).then().statusCode(200)
                .body("results.wife.rubellaIgg", equalTo("NORMAL")).body("advice", equalTo("孕前三个月起补服叶酸"))
                .body("recordedBy", equalTo("village"));
        Api.as("district").get(path(id)).then().statusCode(200);
        // health records: neither the system administrator nor the auditor reads them (三员分立)
        Api.as("admin").get(path(id)).then().statusCode(403);
        Api.as("auditor").get(path(id)).then().statusCode(403);
        // each read of the results is in the audit log, the results themselves are not
        Api.as("auditor").get("/api/audit-events?entityType=PrepregnancyCheck&entityId=" + id + "&size=50").then().statusCode(200)
                .body("items.action", hasItems("CREATE", "READ_RESULTS"))
                .body("items.find { it.action == 'CREATE' }.actor", equalTo("village"))
                .body("items.find { it.action == 'CREATE' }.changes.field", hasItems("wifeId", "husbandId", "riskLevel", "riskFactors"))
                .body("items.find { it.action == 'CREATE' }.changes.field", not(hasItem(containsString("hbsag"))))
                .body("items.findAll { it.action == 'READ_RESULTS' }.actor", hasItems("town", "district"));
    }

    @Test
    void theListFindsChecksByNameYearRiskAndVillageWithMaskedIdsAndNoResults() {
        Couple high = Couples.couple("village", Fixtures.HEILIN, "列高");
        Map<String, Object> body = Couples.check(high.wife(), high.husband(), TODAY);
        body.put("riskLevel", "HIGH");
        body.put("riskFactors", List.of("CHRONIC_DISEASE"));
        long highId = Couples.record("village", body);
        Couple low = Couples.couple("village", Fixtures.HEILIN, "列低");
        long lowId = Couples.record("village", Couples.check(low.wife(), low.husband(), TODAY.minusDays(1)));

        Api.as("town").get(CHECKS + "?q=列高").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) highId))
                .body("items[0].wife.idNumber", containsString("********"))
                .body("items[0].husband.idNumber", containsString("********"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("results")));
        Api.as("town").get(CHECKS + "?q=列低秀").then().body("items.id", contains((int) lowId));
        Api.as("town").get(CHECKS + "?q=列&risk=HIGH&size=200").then().body("items.id", contains((int) highId));
        Api.as("town").get(CHECKS + "?q=列&orgUnitId=" + Fixtures.DONGTAI).then().body("total", equalTo(0));
        Api.as("town").get(CHECKS + "?q=列&orgUnitId=" + Fixtures.HEILIN + "&sort=checkDate,asc")
                .then().body("items.id", contains((int) lowId, (int) highId));
        Api.as("town").get(CHECKS + "?q=列&year=" + TODAY.getYear()).then().body("items.id", hasItem((int) highId));
        Api.as("town").get(CHECKS + "?q=列&year=2017").then().body("total", equalTo(0));
        // the demo checks: 2018 and this year, village by village, newest first
        Api.as("town").get(CHECKS + "?year=2018&size=200").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(50))
                .body("items.checkDate", everyItem(org.hamcrest.Matchers.startsWith("2018-")));
        Api.as("village2").get(CHECKS + "?size=200").then().statusCode(200)
                .body("items.orgUnitId", everyItem(equalTo((int) Fixtures.DONGTAI)));
        Api.as("town").get(CHECKS + "?risk=SEVERE").then().statusCode(400).body("errors[0].field", equalTo("risk"));
        Api.as("town").get(CHECKS + "?year=1999").then().statusCode(400).body("errors[0].field", equalTo("year"));
        Api.as("town").get(CHECKS + "?sort=wifeName,asc").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aCorrectionIsAVoidWithAReasonAndANewRecordAndACheckIsVoidedOnce() {
        Couple c = Couples.couple("village", Fixtures.HEILIN, "作废");
        Map<String, Object> body = Couples.check(c.wife(), c.husband(), TODAY.minusDays(2));
        long id = Couples.record("village", body);
        Api.as("village").body(body).post(CHECKS).then().statusCode(409).body("detail", containsString(c.wifeName()));

        Api.as("village").body(Map.of("reason", "日期录错")).post(path(id) + "/void").then().statusCode(428);
        Api.as("village").header("If-Match", "\"7\"").body(Map.of("reason", "日期录错")).post(path(id) + "/void").then().statusCode(412);
        Api.as("village").header("If-Match", Fixtures.etag("village", path(id))).body(Map.of("reason", " ")).post(path(id) + "/void")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        String etag = Fixtures.etag("village", path(id));
        Api.as("village").header("If-Match", etag).body(Map.of("reason", "日期录错")).post(path(id) + "/void").then().statusCode(200)
                .body("check.status", equalTo("VOIDED")).body("voidReason", equalTo("日期录错")).body("voidedBy", equalTo("village"))
                .body("voidedAt", notNullValue());
        Api.as("village").header("If-Match", Fixtures.etag("village", path(id))).body(Map.of("reason", "再次作废"))
                .post(path(id) + "/void").then().statusCode(409);
        Api.as("town").get(CHECKS + "?q=作废&status=VOIDED").then().body("items.id", contains((int) id));

        // the same couple and day can now be recorded again, as a new check
        long again = Couples.record("village", body);
        Api.as("town").get(CHECKS + "?q=作废&status=VALID").then().body("items.id", contains((int) again));
        Api.as("auditor").get("/api/audit-events?entityType=PrepregnancyCheck&entityId=" + id + "&action=VOID").then()
                .body("items[0].reason", equalTo("日期录错"))
                .body("items[0].changes.find { it.field == 'status' }.after", equalTo("VOIDED"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        Couple c = Couples.couple("village", Fixtures.HEILIN, "校验");
        Map<String, Object> swapped = Couples.check(c.husband(), c.wife(), TODAY);
        Api.as("village").body(swapped).post(CHECKS).then().statusCode(400).body("errors[0].field", equalTo("wifeId"));
        Map<String, Object> twoWomen = Couples.check(c.wife(), c.wife(), TODAY);
        Api.as("village").body(twoWomen).post(CHECKS).then().statusCode(400).body("errors[0].field", equalTo("husbandId"));
        Api.as("village").body(Couples.check(c.wife(), c.husband(), TODAY.plusDays(1))).post(CHECKS)
                .then().statusCode(400).body("errors[0].field", equalTo("checkDate"));
        // the register keeps checks from 2000 on; a list of risk factors is a handful, not thousands
        Api.as("village").body(Couples.check(c.wife(), c.husband(), LocalDate.of(1999, 12, 31))).post(CHECKS)
                .then().statusCode(400).body("errors[0].field", equalTo("checkDate"));
        Map<String, Object> manyFactors = Couples.check(c.wife(), c.husband(), TODAY);
        manyFactors.put("riskLevel", "HIGH");
        manyFactors.put("riskFactors", java.util.Collections.nCopies(21, "ADVANCED_AGE"));
        Api.as("village").body(manyFactors).post(CHECKS).then().statusCode(400).body("errors[0].field", equalTo("riskFactors"));
        Api.as("village").get(CHECKS + "?year=2100").then().statusCode(400).body("errors[0].field", equalTo("year"));
        Api.as("village").body(Couples.check(c.wife(), 999_999_999L, TODAY)).post(CHECKS)
                .then().statusCode(400).body("errors[0].field", equalTo("husbandId"));

        Map<String, Object> highWithout = Couples.check(c.wife(), c.husband(), TODAY);
        highWithout.put("riskLevel", "HIGH");
        Api.as("village").body(highWithout).post(CHECKS).then().statusCode(400).body("errors[0].field", equalTo("riskFactors"));
        Map<String, Object> lowWith = Couples.check(c.wife(), c.husband(), TODAY);
        lowWith.put("riskFactors", List.of("ADVANCED_AGE"));
        Api.as("village").body(lowWith).post(CHECKS).then().statusCode(400).body("errors[0].field", equalTo("riskFactors"));
        Map<String, Object> unknown = Couples.check(c.wife(), c.husband(), TODAY);
        unknown.put("riskLevel", "HIGH");
        unknown.put("riskFactors", List.of("BAD_LUCK"));
        Api.as("village").body(unknown).post(CHECKS).then().statusCode(400)
                .body("errors[0].field", equalTo("riskFactors")).body("errors[0].message", containsString("BAD_LUCK"));

        Map<String, Object> incomplete = Couples.check(c.wife(), c.husband(), TODAY);
        incomplete.put("institution", "");
        @SuppressWarnings("unchecked")
        Map<String, Object> results = (Map<String, Object>) incomplete.get("results");
        @SuppressWarnings("unchecked")
        Map<String, Object> wife = (Map<String, Object>) results.get("wife");
        wife.remove("hiv");
        Api.as("village").body(incomplete).post(CHECKS).then().statusCode(400)
                .body("errors.field", hasItems("institution", "results.wife.hiv"));
        Map<String, Object> badEnum = Couples.check(c.wife(), c.husband(), TODAY);
        @SuppressWarnings("unchecked")
        Map<String, Object> husband = (Map<String, Object>) ((Map<String, Object>) badEnum.get("results")).get("husband");
        husband.put("syphilis", "POSITIVE");
        Api.as("village").body(badEnum).post(CHECKS).then().statusCode(400).body("errors[0].field", equalTo("results.husband.syphilis"));
        Api.as("town").get(CHECKS + "?q=校验").then().body("total", equalTo(0));
    }

    @Test
    void onlyWorkersAndTownOfficersRecordAndVoidAndCashiersReadNothing() {
        Couple c = Couples.couple("village", Fixtures.HEILIN, "角色");
        Map<String, Object> body = Couples.check(c.wife(), c.husband(), TODAY);
        for (String reader : List.of("auditor", "district", "admin", "cashier")) {
            Api.as(reader).body(body).post(CHECKS).then().statusCode(403);
        }
        long id = Couples.record("town", body);
        String etag = Fixtures.etag("town", path(id));
        Api.as("district").get(CHECKS).then().statusCode(200);
        for (String reader : List.of("auditor", "district", "admin")) {
            Api.as(reader).header("If-Match", etag).body(Map.of("reason", "x")).post(path(id) + "/void").then().statusCode(403);
        }
        Api.as("auditor").get(CHECKS).then().statusCode(403);
        Api.as("admin").get(CHECKS).then().statusCode(403);
        Api.as("cashier").get(CHECKS).then().statusCode(403);
        Api.as("cashier").get(path(id)).then().statusCode(403);
        Api.as("cashier").get(CHECKS + "/risk-factors").then().statusCode(403);
        Api.as("village").get(CHECKS + "/risk-factors").then().statusCode(200)
                .body("code", contains("ADVANCED_AGE", "CHRONIC_DISEASE", "GENETIC_FAMILY_HISTORY", "ADVERSE_PREGNANCY_HISTORY",
                        "INFECTIOUS_DISEASE", "MEDICATION_OR_HAZARD", "UNHEALTHY_LIFESTYLE"))
                .body("find { it.code == 'ADVANCED_AGE' }.name", equalTo("高龄"));
    }

    @Test
    void aCheckOutsideTheCallersSubtreeIsNotFoundAndItsCoupleCannotBeRecordedThere() {
        Couple c = Couples.couple("village", Fixtures.HEILIN, "范围");
        long id = Couples.record("village", Couples.check(c.wife(), c.husband(), TODAY));
        Api.as("village2").get(path(id)).then().statusCode(404);
        Api.as("village2").header("If-Match", "\"0\"").body(Map.of("reason", "x")).post(path(id) + "/void").then().statusCode(404);
        Api.as("village2").get(CHECKS + "?q=范围").then().body("total", equalTo(0));
        Api.as("village2").body(Couples.check(c.wife(), c.husband(), TODAY.minusDays(3))).post(CHECKS)
                .then().statusCode(400).body("errors[0].field", equalTo("wifeId"));
        Api.as("village").get(CHECKS + "?orgUnitId=" + Fixtures.BINHE).then().statusCode(400).body("errors[0].field", equalTo("orgUnitId"));
        Api.as("village").get(path(999_999_999L)).then().statusCode(404);
    }

    @Test
    void theChecksOfADuplicateMergedIntoAnotherRecordNameTheKeptOne() {
        Couple c = Couples.couple("village", Fixtures.HEILIN, "合并");
        String birth = Api.as("village").get("/api/persons/" + c.wife()).then().extract().path("birthDate");
        long duplicate = Api.as("village").body(Map.of("name", c.wifeName(), "idNumber", Couples.idNumber(LocalDate.parse(birth), 996),
                        "orgUnitId", Fixtures.HEILIN))
                .post("/api/persons").then().statusCode(201).extract().jsonPath().getLong("id");
        long id = Couples.record("village", Couples.check(duplicate, c.husband(), TODAY));
        io.restassured.path.json.JsonPath queue = Api.as("town").get("/api/duplicate-candidates?status=OPEN&size=200").then().statusCode(200)
                .extract().jsonPath();
        long candidate = queue.getLong("items.find { it.person.id == " + Math.min(c.wife(), duplicate) + " && it.other.id == "
                + Math.max(c.wife(), duplicate) + " }.id");
        Api.as("town").header("If-Match", "\"0\"").body(Map.of("keepPersonId", c.wife(), "reason", "同一人重复登记"))
                .post("/api/duplicate-candidates/" + candidate + "/merge").then().statusCode(200);
        Api.as("village").get(path(id)).then().statusCode(200).body("check.wife.personId", equalTo((int) c.wife()));
        Api.as("auditor").get("/api/audit-events?entityType=PrepregnancyCheck&entityId=" + id + "&action=PERSON_MERGED").then()
                .body("items[0].changes.find { it.field == 'wifeId' }.after", equalTo((int) c.wife()));
    }

    @Test
    void theDatabaseRefusesToEditOrDeleteACheck() throws SQLException {
        Couple c = Couples.couple("village", Fixtures.HEILIN, "不改");
        long id = Couples.record("village", Couples.check(c.wife(), c.husband(), TODAY));
        try (Connection db = TestDatabase.superuser(); Statement s = db.createStatement()) { // not even past the data scope
            assertThrows(SQLException.class, () -> s.executeUpdate("update prepregnancy_check set wife_hiv = 'ABNORMAL' where id = " + id));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from prepregnancy_check where id = " + id));
        }
        Api.as("village").get(path(id)).then().statusCode(200).body("results.wife.hiv", equalTo("NORMAL"));
    }
}
