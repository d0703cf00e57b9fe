package fpms.pregnancy;

import fpms.support.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.common.time.AppClock;
import fpms.prepregnancy.Couples;
import fpms.support.Api;
import fpms.support.Fixtures;
import fpms.support.SameDay;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Re-planning one pregnancy from two requests at once: each waits for the other's lock, none hits the other's slots. */
@QuarkusTest
class ConcurrentReplanningTest {

    private static final int ROUNDS = 4;
    private static final int VISITS = 4;
    private static final int CORRECTIONS = 3;

    @Inject
    AppClock clock;


    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void visitsAndCorrectionsAtOnceAnswer2xxOr412AndTheStoredPlanIsTheEnginesPlan() throws Exception {
        LocalDate today = SameDay.hold(clock);
        Couples.Couple c = Couples.couple("village", Fixtures.HEILIN, "并发");
        LocalDate lmp = today.minusDays(150);
        LocalDate registered = today.minusDays(100);
        long id = Api.as("village").body(Map.of("personId", c.wife(), "lmp", lmp.toString(), "registeredOn", registered.toString()))
                .post("/api/pregnancies").then().statusCode(201).extract().jsonPath().getLong("pregnancy.id");
        String path = "/api/pregnancies/" + id;
        ExecutorService pool = Executors.newFixedThreadPool(VISITS + CORRECTIONS);
        List<String> answers = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String etag = Fixtures.etag("village", path);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> calls = new ArrayList<>();
                for (int v = 0; v < VISITS; v++) {
                    LocalDate day = registered.plusDays(5L * (round * VISITS + v));
                    calls.add(pool.submit(call(start, "visit", () -> Api.as("village").body(Map.of("pregnancyId", id, "kind", "HOME_VISIT",
                            "date", day.toString(), "findings", Map.of("condition", "良好"))).post("/api/visits").statusCode())));
                }
                for (int k = 0; k < CORRECTIONS; k++) {
                    Map<String, Object> body = new HashMap<>(Map.of("personId", c.wife(), "lmp", lmp.toString(),
                            "edd", lmp.plusDays(270 + round * CORRECTIONS + k).toString(), "eddReason", "B超核对孕周",
                            "registeredOn", registered.toString(), "reason", "更正预产期"));
                    calls.add(pool.submit(call(start, "correction", () -> Api.as("village").header("If-Match", etag).body(body)
                            .put(path).statusCode())));
                }
                start.countDown();
                for (Future<String> f : calls) {
                    answers.add(f.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (String a : answers) {
            assertTrue(a.equals("visit 201") || a.equals("correction 200") || a.equals("correction 412"), "answers: " + answers);
        }
        assertTrue(answers.contains("correction 200"), "answers: " + answers);
        JsonPath schedule = Api.as("village").get(path + "/schedule?asOf=" + today.plusYears(1)).then().statusCode(200).extract().jsonPath();
        List<String> planned = new ArrayList<>();
        for (Map<String, Object> s : schedule.<Map<String, Object>>getList("slots")) {
            planned.add(s.get("kind") + "/" + s.get("seq") + " " + s.get("start") + ".." + s.get("end") + " filled by " + s.get("filledByVisitId")
                    + " cancelled " + s.get("cancelledOn"));
        }
        assertEquals(ROUNDS * VISITS, schedule.getList("visits").size());
        assertEquals(planned.stream().sorted().toList(), stored(id));
    }

    private static Callable<String> call(CountDownLatch start, String what, Callable<Integer> request) {
        return () -> {
            start.await();
            return what + " " + request.call();
        };
    }

    private List<String> stored(long pregnancy) throws SQLException {
        List<String> slots = new ArrayList<>();
        try (Connection c = TestDatabase.superuser(); PreparedStatement s = c.prepareStatement("select kind || '/' || seq || ' ' || start_date"
                + " || '..' || end_date || ' filled by ' || coalesce(filled_by_visit_id::text, 'null') || ' cancelled '"
                + " || coalesce(cancelled_on::text, 'null') from follow_up_slot where pregnancy_id = ?")) {
            s.setLong(1, pregnancy);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    slots.add(rs.getString(1));
                }
            }
        }
        return slots.stream().sorted().toList();
    }
}
