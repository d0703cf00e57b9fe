package fpms.calendar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import fpms.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The official calendar: everyone reads a year's listed days, the administrator sets and resets them, audited. */
@QuarkusTest
class CalendarResourceTest {

    @Test
    void theAdministratorEntersNextYearsArrangementAndEveryoneReadsIt() {
        Api.as("village").get("/api/calendar-days?year=2018").then().statusCode(200).body("year", equalTo(2018)).body("arranged", equalTo(true))
                .body("days.find { it.day == '2018-02-11' }.working", equalTo(true)).body("days.find { it.day == '2018-02-16' }.note", equalTo("春节"));
        Api.as("admin").body(Map.of("working", false, "note", "元旦", "reason", "国务院办公厅关于2032年部分节假日安排的通知"))
                .put("/api/calendar-days/2032-01-01").then().statusCode(200).body("day", equalTo("2032-01-01")).body("working", equalTo(false));
        Api.as("admin").body(Map.of("working", false, "note", "元旦假期", "reason", "更正名称")).put("/api/calendar-days/2032-01-01")
                .then().statusCode(200).body("note", equalTo("元旦假期"));
        Api.as("town").get("/api/calendar-days?year=2032").then().statusCode(200).body("days.day", contains("2032-01-01"))
                .body("arranged", equalTo(true));
        Api.as("auditor.province").get("/api/audit-events?entityType=CalendarDay&entityId=2032-01-01").then().statusCode(200)
                .body("items.action", contains("CHANGE", "CREATE")).body("items[0].reason", equalTo("更正名称"));

        Api.as("admin").body(Map.of("reason", "录入错误")).post("/api/calendar-days/2032-01-01/reset").then().statusCode(204);
        Api.as("town").get("/api/calendar-days?year=2032").then().statusCode(200).body("days", empty()).body("arranged", equalTo(false));
        Api.as("admin").body(Map.of("reason", "录入错误")).post("/api/calendar-days/2032-01-01/reset").then().statusCode(404);
    }

    @Test
    void aYearWithoutAnyListedDayIsSaidToBeNotArrangedYet() {
        Api.as("town").get("/api/calendar-days?year=2034").then().statusCode(200)
                .body("year", equalTo(2034)).body("arranged", equalTo(false)).body("days", empty());
        Api.as("town").get("/api/calendar-days?year=2026").then().statusCode(200).body("arranged", equalTo(true));
    }

    @Test
    void onlyTheAdministratorChangesItAndBadInputNamesTheField() {
        Api.as("town").body(Map.of("working", false, "reason", "x")).put("/api/calendar-days/2033-01-03").then().statusCode(403);
        Api.as("admin").body(Map.of("working", false)).put("/api/calendar-days/2033-01-03").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Api.as("admin").body(Map.of("reason", "x")).put("/api/calendar-days/2033-01-03").then().statusCode(400)
                .body("errors[0].field", equalTo("working"));
        Api.as("admin").body(Map.of("working", false, "reason", "x")).put("/api/calendar-days/2033-02-30").then().statusCode(404); // no such day
        Api.as("village").get("/api/calendar-days").then().statusCode(400).body("errors[0].field", equalTo("year"));
        Api.as("village").get("/api/calendar-days?year=1999").then().statusCode(400).body("errors[0].field", equalTo("year"));
        // plans reach ten years ahead: not the year 2100, not the day 9999-01-01
        Api.as("village", null).get("/api/calendar-days?year=2100").then().statusCode(400).body("errors[0].field", equalTo("year"))
                .body("errors[0].message", equalTo("须为 2000 年至今后 10 年之间的年份"));
        Api.as("admin").body(Map.of("working", false, "reason", "x")).put("/api/calendar-days/9999-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("day"));
        Api.as("town").get("/api/calendar-days?year=2033").then().statusCode(200).body("days", empty());
    }
}
