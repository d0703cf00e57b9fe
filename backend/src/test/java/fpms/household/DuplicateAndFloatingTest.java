package fpms.household;

import fpms.support.TestDatabase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import fpms.common.time.AppClock;
import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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

    /** Runs a duplicate scan over the org unit as the town officer; returns the finished job's id. */
    static long scan(long orgUnitId) {
        long job = Api.as("town").body(Map.of("orgUnitId", orgUnitId)).post("/api/duplicate-scans").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        Api.finished("town", "/api/jobs/" + job);
        return job;
    }

    @Test
    void aScanJobFindsPairsOverASubtree() {
        long job = scan(Fixtures.WENCHANG);
        Api.as("town").get("/api/jobs/" + job).then().body("status", equalTo("SUCCEEDED")).body("message", notNullValue());
        Api.as("village2").get("/api/jobs/" + job).then().statusCode(404);
    }

    @Test
    void twinsAreRegisteredAndOnlyThoseOfUnknownMothersAreQueued() {
        LocalDate born = LocalDate.of(2012, 3, 4);
        String[][] twins = {{"马小龙", "马小虎"}, {"王建国", "王建军"}, {"阿依古丽·买买提", "阿依努尔·买买提"}};
        for (String[] pair : twins) {
            TestPeople.person("village", pair[0], TestPeople.bornOn(born, Sex.MALE), Fixtures.HEILIN, null, null);
            long second = TestPeople.person("village", pair[1], TestPeople.bornOn(born, Sex.MALE), Fixtures.HEILIN, null, null);
            // nothing says they are siblings: the officer looks at the pair
            org.junit.jupiter.api.Assertions.assertEquals("SIMILAR_NAME_SAME_BIRTH_DATE_VILLAGE", candidateOf(second).getString("rule"));
        }
        long mother = TestPeople.person("village", "双胞胎母亲", TestPeople.woman(1982), Fixtures.HEILIN, null, null);
        long first = twin("李小龙", TestPeople.bornOn(born, Sex.MALE), mother);
        long second = twin("李小虎", TestPeople.bornOn(born, Sex.MALE), mother);
        org.junit.jupiter.api.Assertions.assertNull(candidateOf(second), "twins of one mother are two children, not a duplicate");
        org.junit.jupiter.api.Assertions.assertNull(candidateOf(first));
        long job = scan(Fixtures.HEILIN);
        Api.as("town").get("/api/jobs/" + job).then().body("status", equalTo("SUCCEEDED"));
        org.junit.jupiter.api.Assertions.assertNull(candidateOf(second), "a scan does not queue them either");
    }

    private static long twin(String name, String idNumber, long mother) {
        return Api.as("village").body(Map.of("name", name, "idNumber", idNumber, "orgUnitId", Fixtures.HEILIN, "motherId", mother))
                .post("/api/persons").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aMergeNeedsOneSexAndOneBirthDate() {
        LocalDate born = LocalDate.of(1946, 7, 19);
        TestPeople.person("village", "性别不同测", TestPeople.bornOn(born, Sex.MALE), Fixtures.HEILIN, null, null);
        long woman = TestPeople.person("village", "性别不同测", TestPeople.bornOn(born, Sex.FEMALE), Fixtures.HEILIN, null, null);
        long candidate = candidateOf(woman).getLong("id");
        Api.as("town", null).header("If-Match", "\"0\"").body(Map.of("keepPersonId", woman, "reason", "同一人"))
                .post("/api/duplicate-candidates/" + candidate + "/merge").then().statusCode(422)
                .body("detail", equalTo("性别不同测为女性，性别不同测为男性：同一人只有一个性别，不能合并"));
        int seq = 2 * (int) (System.nanoTime() % 400) + 1;
        String first = TestPeople.bornOn(LocalDate.of(1943, 2, 10), seq);
        String oneDayLater = TestPeople.bornOn(LocalDate.of(1943, 2, 11), seq); // one digit and the check character apart
        long a = TestPeople.person("village", "生日不同测", first, Fixtures.HEILIN, null, null);
        long b = TestPeople.person("village", "生日不同测", oneDayLater, Fixtures.HEILIN, null, null);
        JsonPath near = candidateOf(b);
        org.junit.jupiter.api.Assertions.assertEquals("SAME_NAME_NEAR_ID", near.getString("rule"));
        // a pair flagged for the same birth date whose record was changed since: no longer one person
        String other = TestPeople.bornOn(LocalDate.of(1944, 3, 1), Sex.MALE);
        long c = TestPeople.person("village", "生日改后测", TestPeople.bornOn(LocalDate.of(1944, 3, 2), Sex.MALE), Fixtures.HEILIN, null, null);
        long d = TestPeople.person("village", "生日改后测", TestPeople.bornOn(LocalDate.of(1944, 3, 2), Sex.MALE), Fixtures.HEILIN, null, null);
        JsonPath same = candidateOf(d);
        Api.as("village").header("If-Match", TestPeople.etag("village", "/api/persons/" + d))
                .body(Map.of("name", "生日改后测", "idNumber", other)).put("/api/persons/" + d).then().statusCode(200);
        Api.as("town", Api.ENGLISH).header("If-Match", "\"0\"").body(Map.of("keepPersonId", c, "reason", "同一人"))
                .post("/api/duplicate-candidates/" + same.getLong("id") + "/merge").then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.startsWith("生日改后测 was born on 1944-03-02 and 生日改后测 on 1944-03-01"));
        Api.as("town").get("/api/persons/" + d).then().body("status", equalTo("ACTIVE"));
        org.junit.jupiter.api.Assertions.assertEquals("OPEN", candidateOf(d).getString("status"));
        // ID numbers two characters apart: one was mistyped in its date digits; the kept record's number and birth date win
        Api.as("town").header("If-Match", "\"0\"").body(Map.of("keepPersonId", a, "reason", "身份证号录入错误"))
                .post("/api/duplicate-candidates/" + near.getLong("id") + "/merge").then().statusCode(200);
        Api.as("town").get("/api/persons/" + a).then().body("birthDate", equalTo("1943-02-10")).body("status", equalTo("ACTIVE"));
        Api.as("town").get("/api/persons/" + b).then().body("status", equalTo("RETIRED"));
    }

    @Test
    void twoRecordsOfOneWomanWithAnOngoingPregnancyEachAreNotMerged() {
        String id = TestPeople.bornOn(LocalDate.of(1992, 5, 6), Sex.FEMALE);
        long a = TestPeople.person("village", "双孕合并测", id, Fixtures.HEILIN, null, null);
        long b = TestPeople.person("village", "双孕合并测", TestPeople.bornOn(LocalDate.of(1992, 5, 6), Sex.FEMALE), Fixtures.HEILIN, null, null);
        for (long woman : List.of(a, b)) {
            Api.as("village").body(Map.of("personId", woman, "lmp", clock.today().minusDays(60).toString())).post("/api/pregnancies")
                    .then().statusCode(201);
        }
        Api.as("town", null).header("If-Match", "\"0\"").body(Map.of("keepPersonId", a, "reason", "同一人"))
                .post("/api/duplicate-candidates/" + candidateOf(b).getLong("id") + "/merge").then().statusCode(422)
                .body("detail", equalTo("两条记录都有在孕登记：同一人只能有一次在孕，请先终止或更正其中一条孕情记录"));
        Api.as("town").get("/api/persons/" + b).then().body("status", equalTo("ACTIVE"));
    }

    /** A baby delivered today in 黑林村, with no ID number yet; returns its person id. */
    private long newborn(String name, String sex) {
        long household = TestPeople.household("village", Fixtures.HEILIN, Fixtures.unique("NB"));
        long mother = TestPeople.person("village", "新生儿母亲", TestPeople.woman(1991), null, household, "HEAD");
        LocalDate today = clock.today();
        long pregnancy = Api.as("village").body(Map.of("personId", mother, "lmp", today.minusDays(270).toString())).post("/api/pregnancies")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("pregnancy.id");
        Map<String, Object> baby = Map.of("sex", sex, "weightGrams", 3100, "alive", true, "name", name);
        return Api.as("village").header("If-Match", TestPeople.etag("village", "/api/pregnancies/" + pregnancy))
                .body(Map.of("date", today.toString(), "place", "区医院", "babies", List.of(baby)))
                .post("/api/pregnancies/" + pregnancy + "/delivery").then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath().getLong("babies[0].personId");
    }

    @Test
    void aNewbornKeptInAMergeTakesTheIdNumberOfItsDuplicate() {
        long baby = newborn("新生合并宝", "FEMALE");
        String id = TestPeople.bornOn(clock.today(), Sex.FEMALE);
        long registered = TestPeople.person("village", "新生合并宝", id, Fixtures.HEILIN, null, null);
        long candidate = candidateOf(registered).getLong("id");
        Api.as("town").header("If-Match", "\"0\"").body(Map.of("keepPersonId", baby, "reason", "落户时重复登记"))
                .post("/api/duplicate-candidates/" + candidate + "/merge").then().statusCode(200);
        Api.as("town").get("/api/persons/" + baby).then().body("idNumber", equalTo(id.substring(0, 6) + "********" + id.substring(14)));
        Api.as("town").get("/api/persons/" + registered).then().body("status", equalTo("RETIRED"));
        Api.as("village").body(Map.of("name", "冒用号码", "idNumber", id, "orgUnitId", Fixtures.HEILIN)).post("/api/persons").then()
                .statusCode(409).body("detail", org.hamcrest.Matchers.containsString(String.valueOf(baby)));
    }

    @Test
    void aNewbornWithoutIdNumberIsNoDuplicateOfEveryoneOfItsName() {
        newborn("新生同名宝", "MALE");
        long older = TestPeople.person("village", "新生同名宝", TestPeople.man(2001), Fixtures.HEILIN, null, null);
        org.junit.jupiter.api.Assertions.assertNull(candidateOf(older), "an unknown ID number is not two characters from every other");
    }

    @Test
    void aMergeMovesAndAuditsEveryReferenceAlsoOutsideTheOfficersArea() throws SQLException {
        LocalDate born = LocalDate.of(1990, 9, 23);
        long kept = TestPeople.person("village", "合并审计英", TestPeople.bornOn(born, Sex.FEMALE), Fixtures.HEILIN, null, null);
        long retired = TestPeople.person("village2", "合并审计英", TestPeople.bornOn(born, Sex.FEMALE), Fixtures.DONGTAI, null, null);
        long third = TestPeople.person("village2", "合并审计英", TestPeople.bornOn(born, Sex.FEMALE), Fixtures.DONGTAI, null, null);
        // her child has moved to 滨河镇, outside the town officer's area (no API moves a person across towns)
        long child = Api.as("village2").body(Map.of("name", "合并审计子", "idNumber", TestPeople.man(2016), "orgUnitId", Fixtures.DONGTAI,
                "motherId", retired)).post("/api/persons").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            s.executeUpdate("update person set org_unit_id = 14 where id = " + child);
        }
        long pregnancy = Api.as("village2").body(Map.of("personId", retired, "lmp", clock.today().minusDays(60).toString()))
                .post("/api/pregnancies").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("pregnancy.id");
        long candidate = -1;
        JsonPath page = Api.as("town").get("/api/duplicate-candidates?size=200").then().extract().jsonPath();
        for (int k = 0; k < page.getList("items").size(); k++) {
            if (page.getLong("items[" + k + "].person.id") == kept && page.getLong("items[" + k + "].other.id") == retired) {
                candidate = page.getLong("items[" + k + "].id");
            }
        }
        Api.as("town").header("If-Match", "\"0\"").body(Map.of("keepPersonId", kept, "reason", "同一人重复登记"))
                .post("/api/duplicate-candidates/" + candidate + "/merge").then().statusCode(200);
        Api.as("district").get("/api/persons/" + child).then().body("motherId", equalTo((int) kept));
        Api.as("auditor.province", null).get("/api/audit-events?entityType=Person&action=PERSON_MERGED&entityId=" + child).then()
                .body("total", equalTo(1)).body("items[0].orgUnitId", equalTo(14))
                .body("items[0].reason", equalTo("人员 " + retired + " 已合并到人员 " + kept))
                .body("items[0].changes.find { it.field == 'motherId' }.after", equalTo((int) kept));
        Api.as("auditor.province", Api.ENGLISH).get("/api/audit-events?entityType=Person&action=PERSON_MERGED&entityId=" + child).then()
                .body("items[0].reason", equalTo("Person " + retired + " was merged into person " + kept));
        Api.as("town").get("/api/pregnancies/" + pregnancy).then().body("pregnancy.personId", equalTo((int) kept));
        Api.as("auditor.province").get("/api/audit-events?entityType=Pregnancy&action=PERSON_MERGED&entityId=" + pregnancy).then()
                .body("total", equalTo(1)).body("items[0].orgUnitId", equalTo((int) Fixtures.DONGTAI));
        // the retired record's other pair is settled, with a reason written in the reader's language
        JsonPath other = Api.as("town", null).get("/api/duplicate-candidates?status=DISMISSED&size=200").then().extract().jsonPath();
        int i = other.getList("items.id").size();
        String reason = null;
        for (int k = 0; k < i; k++) {
            if (other.getLong("items[" + k + "].other.id") == third) {
                reason = other.getString("items[" + k + "].decisionReason");
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals("人员 " + retired + " 已合并到人员 " + kept, reason);
        Api.as("auditor.province", null).get("/api/audit-events?entityType=DuplicateCandidate&action=DISMISS").then()
                .body("items.reason", hasItem("人员 " + retired + " 已合并到人员 " + kept));
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
        // sorted as asked (soonest end first unless told), an unknown field a 400 naming sort
        Map<String, Object> later = new HashMap<>(b);
        later.put("name", "稍后到期");
        later.put("idNumber", TestPeople.man(1994));
        later.put("stayUntil", clock.today().plusDays(200).toString());
        Api.as("village").body(later).post("/api/persons").then().statusCode(201);
        java.util.List<String> ends = Api.as("village").get("/api/floating-population/expiring?days=366&sort=stayUntil,desc&size=200").then()
                .statusCode(200).extract().path("items.stayUntil");
        java.util.List<String> descending = new java.util.ArrayList<>(ends);
        descending.sort(java.util.Comparator.reverseOrder());
        org.junit.jupiter.api.Assertions.assertEquals(descending, ends);
        org.junit.jupiter.api.Assertions.assertTrue(ends.size() > 1, "floating persons of 黑林村: " + ends.size());
        Api.as("village").get("/api/floating-population/expiring?sort=idNumber").then().statusCode(400).body("errors[0].field", equalTo("sort"));
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
