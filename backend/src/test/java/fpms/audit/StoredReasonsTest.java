package fpms.audit;

import fpms.support.TestDatabase;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fpms.household.TestPeople;
import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A reason the system writes is stored as a catalogue message and read in the reader's language; old plain texts still show. */
@QuarkusTest
class StoredReasonsTest {

    private static final String HEADER = "村居,户编号,户地址,户类型,姓名,身份证号,与户主关系,民族,联系电话,婚姻状况,结婚日期,"
            + "居住状态,流入来源地,到达日期,预计居住至,流出去向,离开日期";


    @Test
    void anImportsAuditReasonIsReadInChineseOrEnglish() {
        String code = Fixtures.unique("RSN-");
        String csv = HEADER + "\n黑林村," + code + ",黑林村" + code + "号,户籍,理由户主," + TestPeople.man(1972) + ",户主,回族,,,,,,,,,\n";
        long job = Api.as("village").contentType("multipart/form-data")
                .multiPart("file", "reason.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv").multiPart("mode", "ALL_OR_NOTHING")
                .post("/api/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        assertEquals("SUCCEEDED", Api.finished("village", "/api/imports/" + job).getString("status"));
        long household = Api.as("village").get("/api/households?q=" + code).then().body("total", equalTo(1))
                .extract().jsonPath().getLong("items[0].id");
        String query = "/api/audit-events?action=IMPORT&entityType=Household&entityId=" + household;
        Api.as("auditor", null).get(query).then().body("items[0].reason", equalTo("导入任务 " + job));
        Api.as("auditor", Api.ENGLISH).get(query).then().body("items[0].reason", equalTo("Import job " + job));
    }

    @Test
    void aReasonStoredAsPlainTextBeforeStillShows() throws SQLException {
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into audit_event (id, occurred_at, actor, org_unit_id, entity_type, entity_id, action, reason, changes)"
                    + " values (nextval('audit_event_seq'), '2018-07-01T00:00:00+08:00', 'system', 5, 'Household', 'legacy-1', 'IMPORT',"
                    + " 'import job 2', '[]')");
        }
        Api.as("auditor").get("/api/audit-events?entityType=Household&entityId=legacy-1").then()
                .body("total", equalTo(1)).body("items[0].reason", equalTo("import job 2"));
    }
}
