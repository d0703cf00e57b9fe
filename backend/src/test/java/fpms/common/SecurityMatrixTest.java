package fpms.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the published contract, so that a new endpoint is covered the day it appears: without a
 * token each one answers a problem+json 401 (but login and refresh), and every role gets 403 exactly from the
 * operations that are not theirs — the matrix of 三员分立 below, which the README's "Who may do what" repeats.
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final Set<String> OPEN = Set.of("POST /api/auth/token", "POST /api/auth/refresh");
    private static final String LOGOUT = "POST /api/auth/logout";

    /**
     * Who may call each operation: a system administrator, s security administrator, d district officer, t town officer,
     * c cashier, u auditor, v village worker, x an outside system (SERVICE).
     */
    private static final Map<String, String> MAY = Map.ofEntries(
            Map.entry("GET /api/auth/me", "asdtcuvx"), Map.entry("PUT /api/auth/password", "asdtcuvx"), Map.entry(LOGOUT, "asdtcuvx"),
            Map.entry("GET /api/jobs/{id}", "asdtcuvx"), Map.entry("GET /api/calendar-days", "asdtcuvx"),
            Map.entry("GET /api/org-units", "asdtcuvx"), Map.entry("GET /api/org-units/directory", "asdtcuvx"),
            Map.entry("GET /api/org-units/tree", "asdtcuvx"), Map.entry("GET /api/org-units/{id}", "asdtcuvx"),
            // the system administrator: org tree, accounts, rule tables and plans — no personal or health record
            Map.entry("POST /api/org-units", "a"), Map.entry("PUT /api/org-units/{id}", "a"), Map.entry("POST /api/org-units/{id}/move", "a"),
            Map.entry("POST /api/users", "a"), Map.entry("PUT /api/users/{id}", "a"), Map.entry("POST /api/users/{id}/disable", "a"),
            Map.entry("POST /api/users/{id}/enable", "a"), Map.entry("POST /api/users/{id}/reset-password", "a"),
            Map.entry("PUT /api/calendar-days/{day}", "a"), Map.entry("POST /api/calendar-days/{day}/reset", "a"),
            Map.entry("POST /api/follow-up-rules", "a"), Map.entry("GET /api/follow-up-rules", "adtuvx"),
            Map.entry("GET /api/risk-factors", "adtuvx"), Map.entry("GET /api/prepregnancy-checks/risk-factors", "adtuv"),
            Map.entry("GET /api/targets", "adtuv"), Map.entry("GET /api/targets/progress", "adtuv"), Map.entry("GET /api/targets/{id}", "adtuv"),
            Map.entry("POST /api/targets", "adt"), Map.entry("PUT /api/targets/{id}", "adt"),
            // the security administrator: roles and locks
            Map.entry("PUT /api/users/{id}/roles", "s"), Map.entry("POST /api/users/{id}/unlock", "s"),
            Map.entry("GET /api/users", "asdtu"), Map.entry("GET /api/users/{id}", "asdtu"),
            // the auditor: the audit log, and records only masked
            Map.entry("GET /api/audit-events", "u"),
            // the register: the business roles; the auditor reads it masked, but exports nothing
            Map.entry("GET /api/persons", "dtuvx"), Map.entry("GET /api/persons/{id}", "dtuvx"), Map.entry("GET /api/persons/export", "dtvx"),
            Map.entry("POST /api/persons", "tvx"), Map.entry("PUT /api/persons/{id}", "tvx"), Map.entry("POST /api/persons/{id}/identity", "dtv"),
            Map.entry("GET /api/households", "dtuvx"), Map.entry("GET /api/households/{id}", "dtuvx"),
            Map.entry("GET /api/households/export", "dtvx"), Map.entry("POST /api/households", "tvx"), Map.entry("PUT /api/households/{id}", "tvx"),
            Map.entry("POST /api/households/{id}/members", "tvx"), Map.entry("POST /api/households/{id}/moves", "tvx"),
            Map.entry("POST /api/households/{id}/head", "tvx"), Map.entry("POST /api/households/{id}/split", "tvx"),
            Map.entry("POST /api/households/{id}/merge", "tvx"), Map.entry("POST /api/households/{id}/close", "tvx"),
            Map.entry("GET /api/floating-population/expiring", "dtuv"), Map.entry("GET /api/floating-population/counts", "dtuv"),
            Map.entry("GET /api/floating-population/coverage", "dtuv"),
            Map.entry("GET /api/duplicate-candidates", "dt"), Map.entry("POST /api/duplicate-candidates/{id}/dismiss", "dt"),
            Map.entry("POST /api/duplicate-candidates/{id}/merge", "dt"), Map.entry("POST /api/duplicate-scans", "dt"),
            Map.entry("GET /api/imports/template", "tvx"), Map.entry("POST /api/imports", "tvx"), Map.entry("GET /api/imports/{id}", "tuvx"),
            Map.entry("GET /api/imports/{id}/errors", "tuvx"), Map.entry("GET /api/imports/{id}/errors.xlsx", "tuvx"),
            // health records: the business roles only
            Map.entry("GET /api/pregnancies", "dtvx"), Map.entry("POST /api/pregnancies", "tvx"), Map.entry("GET /api/pregnancies/{id}", "dtvx"),
            Map.entry("PUT /api/pregnancies/{id}", "tvx"), Map.entry("POST /api/pregnancies/{id}/delivery", "tvx"),
            Map.entry("POST /api/pregnancies/{id}/end", "tvx"), Map.entry("POST /api/pregnancies/{id}/transfer", "tvx"),
            Map.entry("GET /api/pregnancies/{id}/schedule", "dtvx"), Map.entry("GET /api/visits", "dtvx"), Map.entry("POST /api/visits", "tvx"),
            Map.entry("GET /api/visits/{id}", "dtvx"), Map.entry("POST /api/visits/{id}/void", "tvx"),
            Map.entry("GET /api/worklist", "dtv"), Map.entry("GET /api/follow-up-compliance", "dtuv"),
            Map.entry("GET /api/prepregnancy-checks", "dtv"), Map.entry("POST /api/prepregnancy-checks", "tv"),
            Map.entry("GET /api/prepregnancy-checks/{id}", "dtv"), Map.entry("POST /api/prepregnancy-checks/{id}/void", "tv"),
            // birth registration: administrative records, masked for the auditor
            Map.entry("GET /api/birth-registrations", "dtuvx"), Map.entry("POST /api/birth-registrations", "tvx"),
            Map.entry("GET /api/birth-registrations/child-order", "dtuvx"), Map.entry("GET /api/birth-registrations/{id}", "dtuvx"),
            Map.entry("POST /api/birth-registrations/{id}/resubmit", "tvx"), Map.entry("POST /api/birth-registrations/{id}/village-review", "v"),
            Map.entry("POST /api/birth-registrations/{id}/approve", "t"), Map.entry("POST /api/birth-registrations/{id}/register", "t"),
            Map.entry("POST /api/birth-registrations/{id}/reject", "t"), Map.entry("POST /api/birth-registrations/{id}/return", "t"));

    private static final Map<Character, String> ROLES = Map.of('a', "ADMIN", 's', "SECURITY_ADMIN", 'd', "DISTRICT_OFFICER",
            't', "TOWN_OFFICER", 'c', "CASHIER", 'u', "AUDITOR", 'v', "VILLAGE_WORKER", 'x', "SERVICE");
    /** The demo users of each role; an outside system is made for the test. */
    private static final Map<Character, String> DEMO_USERS = Map.of('a', "admin", 's', "security", 'd', "district", 't', "town",
            'c', "cashier", 'u', "auditor", 'v', "village");

    private record Operation(String method, String path, boolean multipart) {
        String key() {
            return method + " " + path;
        }

        /** A request of the shape the operation takes (so that only the caller's rights decide the answer). */
        Response call(io.restassured.specification.RequestSpecification request) {
            request.header("If-Match", "\"0\"");
            if (multipart) {
                request.contentType("multipart/form-data").multiPart("mode", "ALL_OR_NOTHING");
            } else {
                request.body("{}");
            }
            return request.request(method, path.replace("{id}", "4").replace("{day}", "2018-10-01"));
        }
    }

    private static List<Operation> operations() {
        JsonPath doc = new JsonPath(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<Operation> ops = new ArrayList<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> ops.add(new Operation(m.toUpperCase(), path,
                        doc.getMap("paths.'" + path + "'." + m + ".requestBody.content") != null
                                && doc.getMap("paths.'" + path + "'." + m + ".requestBody.content").containsKey("multipart/form-data")))));
        assertTrue(ops.size() >= 18, "the contract lists the API's operations");
        ops.sort(Comparator.comparing((Operation op) -> op.key().equals(LOGOUT)).thenComparing(Operation::key)); // the logout last
        return ops;
    }

    @Test
    void everyOperationButLoginNeedsAToken() {
        for (Operation op : operations()) {
            if (OPEN.contains(op.key())) {
                continue;
            }
            Response answer = op.call(Api.anonymous());
            assertEquals(401, answer.statusCode(), op.key());
            assertEquals("application/problem+json", answer.contentType(), op.key());
        }
    }

    @Test
    void everyOperationOfTheContractIsInTheMatrix() {
        Set<String> missing = new TreeSet<>();
        operations().stream().map(Operation::key).filter(k -> !OPEN.contains(k) && !MAY.containsKey(k)).forEach(missing::add);
        assertEquals(Set.of(), missing, "say who may call each new operation in MAY (and in the README)");
    }

    @Test
    void everyRoleGets403FromEveryOperationNotMeantForItAndNeverFromTheOthers() {
        List<Operation> ops = operations();
        List<String> wrong = new ArrayList<>();
        for (char role : ROLES.keySet()) {
            String user = DEMO_USERS.get(role);
            if (user == null) {
                user = Fixtures.unique("system");
                Fixtures.user(user, ROLES.get(role), Fixtures.WENCHANG);
            }
            // a session of its own, since the logout ends it: that comes last
            String token = Api.login(user, user.startsWith("system") ? Fixtures.PASSWORD : Api.DEMO_PASSWORD);
            for (Operation op : ops) {
                if (OPEN.contains(op.key()) || !MAY.containsKey(op.key())) {
                    continue;
                }
                int status = op.call(Api.anonymous().auth().oauth2(token)).statusCode();
                boolean may = MAY.get(op.key()).indexOf(role) >= 0;
                if (may ? status == 403 || status == 401 : status != 403) {
                    wrong.add(ROLES.get(role) + " " + op.key() + " answered " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
