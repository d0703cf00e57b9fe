package fpms.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Records made through the API for one test, with names unique within the run. */
public final class Fixtures {

    public static final long WENCHANG = 4;
    public static final long HEILIN = 5;
    public static final long DONGTAI = 6;
    public static final long BINHE = 13;
    public static final long SHAPOTOU = 3;
    public static final String PASSWORD = "Start@2018";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + System.nanoTime() % 100000 + SEQ.incrementAndGet();
    }

    /** A new user (password {@link #PASSWORD}) made by the administrator, with the role the security administrator grants; its id. */
    public static long user(String username, String role, long orgUnitId) {
        long id = Api.as("admin").body(Map.of("username", username, "displayName", "测试" + username,
                        "password", PASSWORD, "orgUnitId", orgUnitId))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("security").header("If-Match", "\"0\"").body(Map.of("roles", List.of(role), "reason", "测试"))
                .put("/api/users/" + id + "/roles").then().statusCode(200);
        return id;
    }

    /** The current version of a resource, read from its ETag. */
    public static String etag(String asUser, String path) {
        return Api.as(asUser).get(path).then().statusCode(200).extract().header("ETag");
    }
}
