package fpms.birth;

import static fpms.birth.Couples.path;
import static fpms.birth.Couples.step;
import static fpms.birth.Couples.submitted;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fpms.common.time.AppClock;
import fpms.support.Api;
import fpms.support.Fixtures;
import fpms.support.SameDay;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The procedures step by step: registration, return and resubmission, approval, their numbers and deadlines. */
@QuarkusTest
class BirthRegistrationFlowTest {

    private static final String NUMBER = "\\d{4}-640502101-\\d{4}";

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void today(String day) {
        clock.set(Clock.fixed(LocalDate.parse(day).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void aSecondChildIsRegisteredByTheTownWithTheNextNumberAndTheTimelineShowsWhoDidWhat() {
        Couples.Couple c = Couples.heilin("登记");
        LocalDate today = SameDay.hold(clock);
        JsonPath created = submitted("village", c, 2);
        long id = created.getLong("id");
        assertEquals("REGISTRATION", created.getString("kind"));
        assertEquals("SUBMITTED", created.getString("status"));
        assertEquals("OFFICE", created.getString("channel"));
        assertEquals(today.toString(), created.getString("submittedOn"));
        assertEquals(List.of(), created.getList("actions"), "a village worker has nothing to do with a submitted registration");

        Api.as("town").get(path(id)).then().statusCode(200)
                .body("actions", contains("REGISTER", "RETURN"))
                .body("townName", equalTo("文昌镇")).body("villageName", equalTo("黑林村"))
                .body("mother.name", equalTo("登记母")).body("mother.idNumber", matchesPattern("640502\\*{8}\\d{3}[0-9X]"))
                .body("father.idNumber", matchesPattern("640502\\*{8}\\d{3}[0-9X]"));
        step("town", id, "register", Map.of("remark", "材料齐全，予以登记")).statusCode(200)
                .body("status", equalTo("REGISTERED")).body("number", matchesPattern(NUMBER))
                .body("decidedOn", equalTo(today.toString()))
                .body("deadline", nullValue())
                .body("actions", empty())
                .body("steps.action", contains("SUBMIT", "REGISTER"))
                .body("steps.actor", contains("village", "town"))
                .body("steps[1].remark", equalTo("材料齐全，予以登记"));
        Api.as("auditor").get("/api/audit-events?entityType=BirthRegistration&entityId=" + id).then().statusCode(200)
                .body("items.action", contains("REGISTER", "SUBMIT"))
                .body("items[0].reason", equalTo("材料齐全，予以登记"));
    }

    @Test
    void aReturnedRegistrationIsCorrectedAndSubmittedAgainWithANewDeadline() {
        Couples.Couple c = Couples.heilin("退回");
        today("2018-03-01");
        long id = submitted("village", c, 1).getLong("id");
        Api.as("town").header("If-Match", Couples.etag("town", id)).body(Map.of()).post(path(id) + "/return").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        step("town", id, "return", Map.of("reason", "结婚证复印件不清晰")).statusCode(200)
                .body("status", equalTo("RETURNED")).body("decisionReason", equalTo("结婚证复印件不清晰")).body("deadline", nullValue());
        Api.as("village").get(path(id)).then().body("actions", contains("RESUBMIT"));
        today("2018-03-09");
        step("village", id, "resubmit", Map.of("marriageDate", "2015-05-08", "note", "已补交")).statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedOn", equalTo("2018-03-09")).body("dueOn", equalTo("2018-03-16"))
                .body("marriageDate", equalTo("2015-05-08")).body("decisionReason", nullValue())
                .body("steps.action", contains("SUBMIT", "RETURN", "RESUBMIT"))
                .body("steps.toStatus", contains("SUBMITTED", "RETURNED", "SUBMITTED"));
        step("village", id, "resubmit", Map.of("childOrder", 3)).statusCode(409)
                .body("detail", containsString("is SUBMITTED: resubmitting is only possible when it is RETURNED"));
        step("town", id, "return", Map.of("reason", "仍不清晰")).statusCode(200);
        step("village", id, "resubmit", Map.of("childOrder", 3)).statusCode(400).body("errors[0].field", equalTo("childOrder"));
    }

    @Test
    void aThirdChildNeedsTheVillagesReviewAndTheTownsApproval() {
        Couples.Couple c = Couples.heilin("审批");
        JsonPath created = submitted("village", c, 3);
        long id = created.getLong("id");
        assertEquals("APPROVAL", created.getString("kind"));
        assertEquals(List.of("VILLAGE_REVIEW"), created.getList("actions"));
        step("town", id, "register", Map.of()).statusCode(409).body("detail", containsString("an approval (3rd child or later), now SUBMITTED"));
        step("town", id, "approve", Map.of()).statusCode(409)
                .body("detail", containsString("is SUBMITTED: approving is only possible when it is VILLAGE_REVIEWED"));
        step("village", id, "village-review", Map.of("opinion", "情况属实，同意上报")).statusCode(200)
                .body("status", equalTo("VILLAGE_REVIEWED")).body("villageOpinion", equalTo("情况属实，同意上报"));
        step("village", id, "village-review", Map.of("opinion", "再审")).statusCode(409);
        Api.as("town").get(path(id)).then().body("actions", contains("APPROVE", "REJECT"));
        step("town", id, "approve", Map.of("remark", "符合条件")).statusCode(200)
                .body("status", equalTo("APPROVED")).body("number", matchesPattern(NUMBER))
                .body("steps.action", contains("SUBMIT", "VILLAGE_REVIEW", "APPROVE"));
        step("town", id, "reject", Map.of("reason", "晚了")).statusCode(409).body("detail", containsString("is APPROVED"));
        // that child is approved: no second application for it
        Couples.submit("village", Couples.application(c, 3)).statusCode(409).body("detail", containsString("already registered or approved"));
    }

    @Test
    void anApprovalIsRejectedWithItsReasonAndGetsNoNumber() {
        Couples.Couple c = Couples.heilin("不批");
        long id = submitted("village", c, 4).getLong("id");
        step("village", id, "village-review", Map.of("opinion", "如实上报")).statusCode(200);
        step("town", id, "reject", Map.of()).statusCode(400).body("errors[0].field", equalTo("reason"));
        step("town", id, "reject", Map.of("reason", "不符合再生育规定条件")).statusCode(200)
                .body("status", equalTo("REJECTED")).body("number", nullValue()).body("decisionReason", equalTo("不符合再生育规定条件"));
        step("town", id, "approve", Map.of()).statusCode(409).body("detail", containsString("is REJECTED"));
        // a rejected child may be applied for again
        Couples.submit("village", Couples.application(c, 4)).statusCode(201);
    }

    @Test
    void stepsTakeIfMatchAndTheRolesOfTheProcedure() {
        long id = submitted("village", Couples.heilin("版本"), 2).getLong("id");
        Api.as("town").body(Map.of()).post(path(id) + "/register").then().statusCode(428);
        Api.as("town").header("If-Match", "\"99\"").body(Map.of()).post(path(id) + "/register").then().statusCode(412);
        String etag = Couples.etag("town", id);
        Api.as("village").header("If-Match", etag).body(Map.of()).post(path(id) + "/register").then().statusCode(403);
        Api.as("district").header("If-Match", etag).body(Map.of("reason", "x")).post(path(id) + "/return").then().statusCode(403);
        Api.as("town").header("If-Match", etag).body(Map.of("opinion", "x")).post(path(id) + "/village-review").then().statusCode(403);
        Api.as("auditor").body(Couples.application(Couples.heilin("审计"), 1)).post("/api/birth-registrations").then().statusCode(403);
        Api.as("cashier").get(path(id)).then().statusCode(403);
        Api.as("cashier").get("/api/birth-registrations").then().statusCode(403);
        for (String reader : List.of("district", "auditor")) {
            Api.as(reader).get(path(id)).then().statusCode(200).body("actions", empty());
        }
        Api.as("admin").get(path(id)).then().statusCode(403);
        Api.as("town").header("If-Match", etag).body(Map.of()).post(path(id) + "/register").then().statusCode(200);
        Api.as("town").header("If-Match", etag).body(Map.of("reason", "x")).post(path(id) + "/return").then().statusCode(412);
    }

    @Test
    void twoRegistrationsAtOnceGetTwoConsecutiveNumbers() throws Exception {
        long first = submitted("village", Couples.heilin("并发甲"), 1).getLong("id");
        long second = submitted("village", Couples.heilin("并发乙"), 2).getLong("id");
        String firstTag = Couples.etag("town", first);
        String secondTag = Couples.etag("town", second);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Response>> calls = List.of(
                    () -> register(first, firstTag, start), () -> register(second, secondTag, start));
            List<Future<Response>> answers = calls.stream().map(pool::submit).toList();
            start.countDown();
            Response a = answers.get(0).get();
            Response b = answers.get(1).get();
            assertEquals(200, a.statusCode(), a.asString());
            assertEquals(200, b.statusCode(), b.asString());
            String numberA = a.jsonPath().getString("number");
            String numberB = b.jsonPath().getString("number");
            assertNotEquals(numberA, numberB);
            assertEquals(numberA.substring(0, 15), numberB.substring(0, 15), "same year and town");
            assertEquals(1, Math.abs(Integer.parseInt(numberA.substring(15)) - Integer.parseInt(numberB.substring(15))), numberA + " " + numberB);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response register(long id, String etag, CountDownLatch start) throws InterruptedException {
        start.await();
        return Api.as("town").header("If-Match", etag).body(Map.of()).post(path(id) + "/register");
    }

    @Test
    void aHolidayAnnouncedLaterMovesTheDeadlineOfAnOpenApplicationAndResettingItMovesItBack() {
        Couples.Couple c = Couples.heilin("补休");
        today("2031-03-03"); // a Monday; 2031 is listed nowhere else
        long id = submitted("village", c, 1).getLong("id");
        Api.as("town").get(path(id)).then().body("dueOn", equalTo("2031-03-10")).body("dueOnWeekdaysOnly", equalTo(true));
        Api.as("town").get("/api/birth-registrations?status=SUBMITTED&sort=dueOn,desc&size=200").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.dueOnWeekdaysOnly", equalTo(true));
        calendar("2031-03-05", Map.of("working", false, "note", "临时放假", "reason", "通知")); // Wednesday off
        Api.as("town").get(path(id)).then().body("dueOn", equalTo("2031-03-11")).body("dueOnWeekdaysOnly", nullValue());
        calendar("2031-03-08", Map.of("working", true, "note", "调休上班", "reason", "通知")); // Saturday on
        Api.as("town").get(path(id)).then().body("dueOn", equalTo("2031-03-10"));
        Api.as("admin").body(Map.of("reason", "录入错误")).post("/api/calendar-days/2031-03-05/reset").then().statusCode(204);
        Api.as("town").get(path(id)).then().body("dueOn", equalTo("2031-03-08"));
        Api.as("admin").body(Map.of("reason", "录入错误")).post("/api/calendar-days/2031-03-08/reset").then().statusCode(204);
        Api.as("town").get(path(id)).then().body("dueOn", equalTo("2031-03-10"));
        Api.as("auditor.province").get("/api/audit-events?entityType=BirthRegistration&action=DEADLINE_RECOUNTED&size=50&entityId=" + id).then()
                .statusCode(200).body("total", equalTo(4))
                .body("items.reason", org.hamcrest.Matchers.hasItem("The official calendar changed on 2031-03-05"));
    }

    @Test
    void anApplicationOfADuplicateMergedIntoAnotherRecordNamesTheKeptOne() {
        Couples.Couple c = Couples.heilin("并户");
        io.restassured.path.json.JsonPath mother = Api.as("village").get("/api/persons/" + c.mother()).then().extract().jsonPath();
        String first17 = "640502" + mother.getString("birthDate").replace("-", "") + "994";
        long duplicate = Couples.person("village", mother.getString("name"), first17 + fpms.household.IdNumber.checkCharacter(first17),
                Fixtures.HEILIN, null); // the same name and birth date: a probable duplicate
        long id = submitted("village", new Couples.Couple(c.father(), duplicate, c.village()), 1).getLong("id");
        long candidate = Api.as("town").get("/api/duplicate-candidates?status=OPEN&size=200").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.person.id == " + Math.min(c.mother(), duplicate) + " && it.other.id == "
                        + Math.max(c.mother(), duplicate) + " }.id");
        Api.as("town").header("If-Match", "\"0\"").body(Map.of("keepPersonId", c.mother(), "reason", "同一人重复登记"))
                .post("/api/duplicate-candidates/" + candidate + "/merge").then().statusCode(200);
        Api.as("town").get(path(id)).then().statusCode(200).body("mother.id", equalTo((int) c.mother()));
        Api.as("auditor").get("/api/audit-events?entityType=BirthRegistration&action=PERSON_MERGED&entityId=" + id).then()
                .body("total", equalTo(1));
    }

    private static void calendar(String day, Map<String, Object> body) {
        Api.as("admin").body(body).put("/api/calendar-days/" + day).then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void theDeadlineCountsWorkingDaysAcrossTheSpringFestivalAndFeedsTheWorklists() {
        Couples.Couple c = Couples.heilin("春节");
        today("2018-02-12");
        long id = submitted("village", c, 1).getLong("id");
        Api.as("town").get(path(id)).then().body("dueOn", equalTo("2018-02-24")).body("deadline", equalTo("ON_TIME"))
                .body("dueOnWeekdaysOnly", nullValue());

        today("2018-02-21"); // the last day of the holiday: two working days ahead are Thu 22 and Fri 23
        Api.as("town").get(path(id)).then().body("deadline", equalTo("ON_TIME"));
        Api.as("town").get("/api/birth-registrations?queue=DUE_SOON&size=200").then().body("items.id", not(hasItem((int) id)));

        today("2018-02-22"); // Thu 22, then Fri 23 and the make-up Saturday 24
        Api.as("town").get(path(id)).then().body("deadline", equalTo("DUE_SOON"));
        Api.as("town").get("/api/birth-registrations?queue=DUE_SOON&size=200").then().statusCode(200)
                .body("items.id", hasItem((int) id)).body("items.find { it.id == " + id + " }.deadline", equalTo("DUE_SOON"));

        today("2018-02-26");
        Api.as("town").get("/api/birth-registrations?queue=OVERDUE&size=200").then().statusCode(200)
                .body("items.id", hasItem((int) id)).body("items.deadline", everyItem("OVERDUE"));
        Api.as("town").get("/api/birth-registrations?queue=DUE_SOON&size=200").then().body("items.id", not(hasItem((int) id)));
        step("town", id, "register", Map.of()).statusCode(200).body("number", matchesPattern("2018-640502101-\\d{4}"));
        Api.as("town").get("/api/birth-registrations?queue=OVERDUE&size=200").then().body("items.id", not(hasItem((int) id)));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItem(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void theDemoWorklistsAreAliveOnTheFirstRun() {
        Api.as("town").get("/api/birth-registrations?queue=OVERDUE").then().statusCode(200).body("total", greaterThanOrEqualTo(3));
        Api.as("town").get("/api/birth-registrations?queue=DUE_SOON").then().statusCode(200).body("total", greaterThanOrEqualTo(2));
        Api.as("town").get("/api/birth-registrations?status=REGISTERED").then().body("items.number", everyItemMatches(NUMBER));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemMatches(String pattern) {
        return org.hamcrest.Matchers.everyItem(matchesPattern(pattern));
    }
}
