package fpms.org;

import fpms.support.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Units created under a subtree while it moves: each lands under its parent's path as it is after the move. */
@QuarkusTest
class ConcurrentTreeChangesTest {

    private static final int ROUNDS = 6;
    private static final int CREATES = 5;


    private static long create(long parentId, String name, String level) {
        return Api.as("admin").body(Map.of("parentId", parentId, "name", name, "level", level)).post("/api/org-units")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void createsUnderATownWhileItMovesBetweenDistrictsAnswer2xxAndEveryPathIsItsParentsPathAndId() throws Exception {
        long[] districts = {create(2, Fixtures.unique("并发甲区"), "DISTRICT"), create(2, Fixtures.unique("并发乙区"), "DISTRICT")};
        long town = create(districts[0], Fixtures.unique("并发镇"), "TOWN");
        create(town, Fixtures.unique("并发村"), "VILLAGE"); // a subtree that moves along
        ExecutorService pool = Executors.newFixedThreadPool(CREATES + 1);
        List<String> answers = new ArrayList<>();
        List<String> misplaced = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String etag = Fixtures.etag("admin", "/api/org-units/" + town);
                long to = districts[(round + 1) % 2];
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> calls = new ArrayList<>();
                calls.add(pool.submit(call(start, "move", () -> Api.as("admin").header("If-Match", etag).body(Map.of("parentId", to))
                        .post("/api/org-units/" + town + "/move").statusCode())));
                for (int k = 0; k < CREATES; k++) {
                    String name = Fixtures.unique("并发新村");
                    calls.add(pool.submit(call(start, "create", () -> Api.as("admin").body(Map.of("parentId", town, "name", name,
                            "level", "VILLAGE")).post("/api/org-units").statusCode())));
                }
                start.countDown();
                for (Future<String> f : calls) {
                    answers.add(f.get());
                }
                misplaced.addAll(misplaced()); // after each move: the next one, back, would put a stale path right again
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("create 201", "move 200"), answers.stream().distinct().sorted().toList(), "answers: " + answers);
        assertEquals(List.of(), misplaced, "units whose path is not their parent's path and id");
    }

    private static Callable<String> call(CountDownLatch start, String what, Callable<Integer> request) {
        return () -> {
            start.await();
            return what + " " + request.call();
        };
    }

    private List<String> misplaced() throws SQLException {
        List<String> wrong = new ArrayList<>();
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select u.id || ' ' || u.path"
                + " from org_unit u join org_unit p on p.id = u.parent_id where u.path <> p.path || u.id || '/' order by u.id")) {
            while (rs.next()) {
                wrong.add(rs.getString(1));
            }
        }
        return wrong;
    }
}
