package fpms.audit;

import fpms.support.TestDatabase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditEventResourceTest {


    @Test
    void aWriteLeavesWhoWhenWhereWhatAndBeforeAfter() {
        long id = Api.as("admin").body(Map.of("parentId", 4, "name", "审计村", "level", "VILLAGE"))
                .post("/api/org-units").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("auditor.province").get("/api/audit-events?entityType=OrgUnit&entityId=" + id).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].actor", equalTo("admin"))
                .body("items[0].orgUnitId", equalTo((int) id))
                .body("items[0].occurredAt", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*\\+08:00"))
                .body("items[0].changes.find { it.field == 'name' }.before", org.hamcrest.Matchers.nullValue())
                .body("items[0].changes.find { it.field == 'name' }.after", equalTo("审计村"));
    }

    @Test
    void filtersByActorActionAndTime() {
        Api.as("auditor.province").queryParam("from", "2000-01-01T00:00:00+08:00").get("/api/audit-events?actor=admin&action=CREATE&size=200").then()
                .statusCode(200).body("items.actor", everyItem(equalTo("admin"))).body("items.action", everyItem(equalTo("CREATE")));
        Api.as("auditor.province").queryParam("to", "2000-01-01T00:00:00+08:00").get("/api/audit-events").then().statusCode(200).body("total", equalTo(0));
        Api.as("auditor.province").get("/api/audit-events?from=yesterday").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        // a period the log can hold: from 2000 to ten years ahead, and ending after it starts
        Api.as("auditor.province").queryParam("to", "9999-12-31T00:00:00+08:00").get("/api/audit-events").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        Api.as("auditor.province").queryParam("from", "1970-01-01T00:00:00+08:00").get("/api/audit-events").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.as("auditor.province").queryParam("from", "2018-08-01T00:00:00+08:00").queryParam("to", "2018-07-01T00:00:00+08:00").get("/api/audit-events")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void onlyAuditorsReadItAndOnlyTheirSubtree() {
        long id = Fixtures.user(Fixtures.unique("binhe.worker"), "VILLAGE_WORKER", 14);
        Api.as("admin").get("/api/audit-events").then().statusCode(403); // 三员分立: not the log of their own work
        Api.as("auditor.province").get("/api/audit-events?entityType=User&entityId=" + id).then().statusCode(200).body("total", equalTo(2)); // created, granted
        Api.as("auditor").get("/api/audit-events?entityType=User&entityId=" + id).then().statusCode(200).body("total", equalTo(0));
        Api.as("auditor").get("/api/audit-events?size=200").then().statusCode(200).body("items.orgUnitId", not(hasItem(14)));
        Api.as("town").get("/api/audit-events").then().statusCode(403);
        Api.as("village").get("/api/audit-events").then().statusCode(403);
        Api.as("cashier").get("/api/audit-events").then().statusCode(403);
    }

    @Test
    void noApiChangesAnEventAndTheDatabaseRefusesToo() throws SQLException {
        Api.as("auditor.province").body(Map.of()).put("/api/audit-events").then().statusCode(405);
        Api.as("auditor.province").delete("/api/audit-events").then().statusCode(405);
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update audit_event set actor = 'mallory'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_event"));
        }
    }
}
