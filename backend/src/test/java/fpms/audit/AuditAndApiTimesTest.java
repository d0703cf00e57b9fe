package fpms.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import fpms.common.time.AppClock;
import fpms.prepregnancy.Couples;
import fpms.support.Api;
import fpms.support.Fixtures;
import fpms.support.SameDay;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Audit values read alike whatever wrote them (dates yyyy-MM-dd), and every time in an answer carries +08:00. */
@QuarkusTest
class AuditAndApiTimesTest {

    private static final String SHANGHAI_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+08:00";

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void pregnancyAndVisitEventsKeepDatesAsIsoText() {
        LocalDate today = SameDay.hold(clock);
        Couples.Couple c = Couples.couple("village", Fixtures.HEILIN, "审值");
        LocalDate lmp = today.minusDays(70);
        long pregnancy = Api.as("village").body(Map.of("personId", c.wife(), "lmp", lmp.toString())).post("/api/pregnancies")
                .then().statusCode(201).extract().jsonPath().getLong("pregnancy.id");
        Api.as("auditor").get("/api/audit-events?entityType=Pregnancy&action=REGISTER&entityId=" + pregnancy).then().statusCode(200)
                .body("items[0].changes.find { it.field == 'lmp' }.after", equalTo(lmp.toString()))
                .body("items[0].changes.find { it.field == 'edd' }.after", equalTo(lmp.plusDays(280).toString()))
                .body("items[0].changes.find { it.field == 'status' }.after", equalTo("ACTIVE"));

        long visit = Api.as("village").body(Map.of("pregnancyId", pregnancy, "kind", "HOME_VISIT", "date", today.toString(),
                        "findings", Map.of("condition", "精神好"))).post("/api/visits")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("auditor").get("/api/audit-events?entityType=Visit&entityId=" + visit).then().statusCode(200)
                .body("items[0].changes.find { it.field == 'visitDate' }.after", equalTo(today.toString()))
                .body("items[0].changes.find { it.field == 'kind' }.after", equalTo("HOME_VISIT"))
                // a health finding: the log says it was recorded, never what it is
                .body("items[0].changes.find { it.field == 'findings' }.after", equalTo("******"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("精神好")));
    }

    @Test
    void anEndsReasonIsAHealthFindingTheLogShowsWasGivenNeverWhatItSays() {
        LocalDate today = SameDay.hold(clock);
        Couples.Couple c = Couples.couple("village", Fixtures.HEILIN, "止因");
        long pregnancy = Api.as("village").body(Map.of("personId", c.wife(), "lmp", today.minusDays(84).toString())).post("/api/pregnancies")
                .then().statusCode(201).extract().jsonPath().getLong("pregnancy.id");
        Api.as("village").header("If-Match", Fixtures.etag("village", "/api/pregnancies/" + pregnancy))
                .body(Map.of("date", today.toString(), "type", "MISCARRIAGE", "reason", "孕12周自然流产"))
                .post("/api/pregnancies/" + pregnancy + "/end").then().statusCode(200);
        Api.as("auditor").get("/api/audit-events?entityType=Pregnancy&action=END&entityId=" + pregnancy).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].changes.find { it.field == 'outcomeReason' }.after", equalTo("******"))
                .body("items[0].changes.find { it.field == 'outcomeType' }.after", equalTo("******"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("自然流产")));
    }

    @Test
    void aPrePregnancyCheckIsRecordedAndVoidedAtShanghaiTimeLikeEverythingElse() {
        Couples.Couple c = Couples.couple("village", Fixtures.HEILIN, "时区");
        long id = Couples.record("village", Couples.check(c.wife(), c.husband(), clock.today()));
        Couples.voidCheck("village", id, "日期录错");
        Api.as("village").get("/api/prepregnancy-checks/" + id).then().statusCode(200)
                .body("recordedAt", matchesPattern(SHANGHAI_TIME))
                .body("voidedAt", matchesPattern(SHANGHAI_TIME));
    }
}
