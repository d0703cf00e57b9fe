package fpms.common.time;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** fpms.clock.fixed pins "now" for the whole app (a second boot: keep this class small). */
@QuarkusTest
@TestProfile(ConfiguredClockTest.Pinned.class)
class ConfiguredClockTest {

    public static class Pinned implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fpms.clock.fixed", "2030-06-15T02:30:00Z");
        }
    }

    @Inject
    AppClock clock;

    @Test
    void theConfiguredInstantIsNowEverywhereInTheConfiguredZone() {
        assertEquals(LocalDate.of(2030, 6, 15), clock.today());
        assertEquals(ZoneId.of("Asia/Shanghai"), clock.zone());
        long id = Fixtures.user(Fixtures.unique("pinned"), "VILLAGE_WORKER", Fixtures.HEILIN);
        Api.as("admin").get("/api/users/" + id).then().statusCode(200).body("createdAt", equalTo("2030-06-15T10:30:00+08:00"));
        Api.as("auditor.province").get("/api/audit-events?entityType=User&entityId=" + id).then().statusCode(200)
                .body("items[0].occurredAt", equalTo("2030-06-15T10:30:00+08:00"));
        // the SPA takes its today from the server, not from the browser's clock
        Api.as("village").get("/api/auth/me").then().statusCode(200).body("today", equalTo("2030-06-15"));
    }
}
