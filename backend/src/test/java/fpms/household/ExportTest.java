package fpms.household;

import fpms.support.TestDatabase;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arjuna.ats.arjuna.coordinator.TxControl;
import fpms.common.time.AppClock;
import fpms.support.Api;
import fpms.support.Fixtures;
import fpms.support.LockWaits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports of the register: masked, complete, for a person without ID number too, and longer than a transaction's timeout. */
@QuarkusTest
class ExportTest {

    @Inject
    AppClock clock;


    @Test
    void anExportIsTheFilteredListWithMaskedIdentifiers() {
        String id = TestPeople.woman(1983);
        TestPeople.person("village", "导出测试", id, Fixtures.HEILIN, null, null);
        String csv = Api.as("village").queryParam("q", "导出测试").queryParam("format", "CSV").get("/api/persons/export")
                .then().statusCode(200).header("Content-Disposition", containsString("persons.csv")).extract().asString();
        List<String> lines = new ArrayList<>(csv.lines().toList());
        assertTrue(lines.get(0).contains("身份证号"), lines.get(0));
        assertEquals(2, lines.size(), csv);
        assertTrue(lines.get(1).contains(id.substring(0, 6) + "********" + id.substring(14)), lines.get(1));
        assertTrue(!csv.contains(id), "the full number never leaves in an export");
        Api.as("village2").queryParam("q", "导出测试").queryParam("format", "CSV").get("/api/persons/export").then().statusCode(200)
                .body(not(containsString("导出测试")));
        byte[] xlsx = Api.as("village").queryParam("q", "导出测试").get("/api/households/export").then().statusCode(200).extract().asByteArray();
        assertTrue(xlsx.length > 100 && xlsx[0] == 'P' && xlsx[1] == 'K', "an xlsx workbook");
    }

    // --- issue 11 point 8: every export is audited
    @Test
    void everyExportIsAuditedWithItsFilterMaskedItsFormatAndItsRows() {
        String id = TestPeople.woman(1984);
        TestPeople.person("village", "审计导出", id, Fixtures.HEILIN, null, null);
        String csv = Api.as("village").queryParam("q", id).queryParam("format", "CSV").get("/api/persons/export")
                .then().statusCode(200).extract().asString();
        assertEquals(2, csv.lines().count(), csv);
        JsonPath event = Api.as("auditor").get("/api/audit-events?action=EXPORT&actor=village&sort=occurredAt,desc&size=1")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Export", event.getString("items[0].entityType"));
        assertEquals("persons", event.getString("items[0].entityId"));
        Map<String, Object> changes = new java.util.HashMap<>();
        event.getList("items[0].changes", Map.class).forEach(c -> changes.put((String) c.get("field"), c.get("after")));
        assertEquals(Map.of("q", id.substring(0, 6) + "********" + id.substring(14)), changes.get("filter"));
        assertEquals("CSV", changes.get("format"));
        assertEquals(1, changes.get("rows"));
        assertEquals(true, changes.get("complete"));
        Api.as("village").queryParam("q", "审计导出").get("/api/households/export").then().statusCode(200);
        Api.as("auditor").get("/api/audit-events?action=EXPORT&actor=village&sort=occurredAt,desc&size=1").then()
                .body("items[0].entityId", org.hamcrest.Matchers.equalTo("households"));
    }

    // --- issue 11 point 12: no formula leaves in a CSV export

    @Test
    void aCsvExportCarriesNoFormula() throws IOException {
        String code = Fixtures.unique("CSVF");
        List<String> formulas = List.of("=HYPERLINK(\"http://evil.example\",\"点我\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)");
        for (int i = 0; i < formulas.size(); i++) {
            Api.as("village").body(Map.of("orgUnitId", Fixtures.HEILIN, "code", code + i, "address", formulas.get(i), "type", "REGISTERED"))
                    .post("/api/households").then().statusCode(201);
        }
        String csv = Api.as("village").queryParam("q", code).queryParam("format", "CSV").get("/api/households/export")
                .then().statusCode(200).extract().asString();
        List<String> addresses = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1)))) { // after the byte order mark
            if (r.get(1).startsWith(code)) {
                addresses.add(r.get(2));
            }
        }
        assertEquals(formulas.stream().map(f -> "'" + f).sorted().toList(), addresses.stream().sorted().toList(),
                "each formula is text that a spreadsheet shows, not runs");
    }

    // --- issue 9 point 1: a person without ID number (a newborn), phone or household exports like anyone else

    @Test
    void aNewbornWithoutIdNumberIsExportedByHerVillageAndTheTown() throws IOException {
        LocalDate today = clock.today();
        long household = TestPeople.household("village", Fixtures.HEILIN, Fixtures.unique("EXB"));
        TestPeople.person("village", "导出丈夫", TestPeople.man(1988), null, household, "HEAD");
        long wife = TestPeople.person("village", "导出产妇", TestPeople.woman(1992), null, household, "SPOUSE");
        long pregnancy = Api.as("village").body(Map.of("personId", wife, "lmp", today.minusDays(270).toString())).post("/api/pregnancies")
                .then().statusCode(201).extract().jsonPath().getLong("pregnancy.id");
        Map<String, Object> baby = Map.of("sex", "FEMALE", "weightGrams", 3200, "alive", true, "name", "导出女婴");
        Api.as("village").header("If-Match", TestPeople.etag("village", "/api/pregnancies/" + pregnancy))
                .body(Map.of("date", today.toString(), "place", "区医院", "babies", List.of(baby)))
                .post("/api/pregnancies/" + pregnancy + "/delivery").then().log().ifValidationFails().statusCode(200);
        for (String user : List.of("village", "town")) {
            String csv = Api.as(user).queryParam("ageTo", 0).queryParam("format", "CSV").get("/api/persons/export")
                    .then().statusCode(200).extract().asString();
            String line = csv.lines().filter(l -> l.contains("导出女婴")).findFirst().orElseThrow(() -> new AssertionError(csv));
            assertEquals("", line.split(",", -1)[5], "no ID number is an empty cell: " + line);
            byte[] xlsx = Api.as(user).queryParam("ageTo", 0).queryParam("format", "XLSX").get("/api/persons/export")
                    .then().statusCode(200).extract().asByteArray();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Row row = null;
                for (Row r : wb.getSheetAt(0)) {
                    if (r.getCell(2).getStringCellValue().equals("导出女婴")) {
                        row = r;
                    }
                }
                assertTrue(row != null, "the newborn is in the workbook of " + user);
                assertEquals("", row.getCell(5).getStringCellValue());
                assertEquals("", row.getCell(8).getStringCellValue(), "no phone either");
            }
        }
    }

    // --- issue 9 point 17: an export outlives the default transaction timeout

    @Test
    void anExportTakingLongerThanTheDefaultTransactionTimeoutIsComplete() throws Exception {
        int total = Api.as("village").get("/api/persons?size=1").then().statusCode(200).extract().path("total");
        int defaultTimeout = TxControl.getDefaultTimeout();
        CompletableFuture<io.restassured.response.Response> export;
        try (Connection lock = TestDatabase.superuser()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table person in access exclusive mode");
            TxControl.setDefaultTimeout(1);
            try {
                export = CompletableFuture.supplyAsync(() -> Api.as("village").queryParam("format", "CSV").get("/api/persons/export"));
                LockWaits.awaitWaiterOn(lock, "person");
                Thread.sleep(2500); // the export's transaction is older than the (default) timeout now
            } finally {
                lock.rollback();
                TxControl.setDefaultTimeout(defaultTimeout);
            }
        }
        io.restassured.response.Response answer = export.get(60, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(total + 1, answer.asString().lines().count(), "the header and every person of the village");
    }
}
