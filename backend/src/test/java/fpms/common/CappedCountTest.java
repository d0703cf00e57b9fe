package fpms.common;

import fpms.support.TestDatabase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lists that reach millions count at most 10 000 rows: total 10000 and totalCapped; below that, the exact total. */
@QuarkusTest
class CappedCountTest {

    private static final int ROWS = 10_050;
    private static final long FIRST_ID = 9_000_000_000L;


    @Test
    void theAuditLogPersonsAndHouseholdsStopCountingAt10000() throws SQLException {
        long village = Api.as("admin").body(Map.of("parentId", Fixtures.WENCHANG, "name", Fixtures.unique("封顶村"), "level", "VILLAGE"))
                .post("/api/org-units").then().statusCode(201).extract().jsonPath().getLong("id");
        String at = "timestamp with time zone '2018-07-01 09:00:00+08'";
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            // ID numbers of region 659001 (no test makes them): 20 birth days × 500 even (female) sequence numbers
            s.execute("insert into person (id, org_unit_id, name, id_number, birth_date, sex, residence_status, status, version, created_at) "
                    + "select " + FIRST_ID + " + g, " + village + ", '封顶' || g, n || gb11643_check_char(n), d, 'FEMALE', "
                    + "case when g <= 300 then 'FLOATING_IN' else 'REGISTERED' end, 'ACTIVE', 0, " + at + " from (select g, d, "
                    + "'659001' || to_char(d, 'YYYYMMDD') || lpad((g % 500 * 2)::text, 3, '0') as n from (select g, date '1980-01-01' + g / 500 as d "
                    + "from generate_series(1, " + ROWS + ") g) x) y");
            s.execute("insert into household (id, org_unit_id, code, address, type, status, version, created_at) select " + FIRST_ID + " + g, "
                    + village + ", 'CAP-' || g, '封顶村' || g || '号', 'REGISTERED', 'ACTIVE', 0, " + at
                    + " from generate_series(1, " + ROWS + ") g");
            s.execute("insert into audit_event (id, occurred_at, actor, org_unit_id, entity_type, entity_id, action, changes) select "
                    + FIRST_ID + " + g, " + at + ", 'captest', " + village + ", 'CapTest', g::text, 'TEST', '[]' "
                    + "from generate_series(1, " + ROWS + ") g");
        }
        try {
            Api.as("town").get("/api/persons?orgUnitId=" + village).then().statusCode(200)
                    .body("total", equalTo(10_000)).body("totalCapped", equalTo(true)).body("items.size()", equalTo(20));
            Api.as("town").get("/api/persons?orgUnitId=" + village + "&residenceStatus=FLOATING_IN").then().statusCode(200)
                    .body("total", equalTo(300)).body("totalCapped", nullValue());
            Api.as("town").get("/api/persons?orgUnitId=" + village + "&residenceStatus=FLOATING_IN&page=15&size=20").then().statusCode(200)
                    .body("total", equalTo(300)).body("items.size()", equalTo(0));
            Api.as("town").get("/api/households?orgUnitId=" + village + "&page=3&size=200").then().statusCode(200)
                    .body("total", equalTo(10_000)).body("totalCapped", equalTo(true));
            Api.as("auditor").get("/api/audit-events?entityType=CapTest").then().statusCode(200)
                    .body("total", equalTo(10_000)).body("totalCapped", equalTo(true));
            Api.as("auditor").get("/api/audit-events?entityType=CapTest&entityId=7").then().statusCode(200)
                    .body("total", equalTo(1)).body("totalCapped", nullValue());
            // the last page of the window is read; the next one is refused (page × size must stay below 10 000)
            Api.as("auditor").get("/api/audit-events?entityType=CapTest&page=49&size=200").then().statusCode(200)
                    .body("items.size()", equalTo(200));
            Api.as("auditor").get("/api/audit-events?entityType=CapTest&page=50&size=200").then().statusCode(400)
                    .body("errors[0].field", equalTo("page"));
        } finally {
            try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
                s.execute("delete from person where id > " + FIRST_ID);
                s.execute("delete from household where id > " + FIRST_ID);
            }
        }
    }
}
