package fpms.household;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.common.time.AppClock;
import fpms.support.Api;
import fpms.support.Fixtures;
import fpms.support.LockWaits;
import fpms.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportTest {

    @Inject
    AppClock clock;


    private static final String HEADER = "村居,户编号,户地址,户类型,姓名,身份证号,与户主关系,民族,联系电话,婚姻状况,结婚日期,居住状态,流入来源地,到达日期,预计居住至,流出去向,离开日期";

    private static String row(String code, String name, String id, String relation, String extra) {
        return "黑林村," + code + ",黑林村导入" + code + "号,户籍," + name + "," + id + "," + relation + ",回族,13995500000,," + extra;
    }

    private static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private static long upload(String user, String fileName, byte[] bytes, String mode) {
        return upload(user, Api.ENGLISH, fileName, bytes, mode);
    }

    private static long upload(String user, String language, String fileName, byte[] bytes, String mode) {
        return Api.as(user, language).contentType("multipart/form-data")
                .multiPart("file", fileName, bytes, fileName.endsWith(".csv") ? "text/csv" : "application/octet-stream")
                .multiPart("mode", mode)
                .post("/api/imports").then().statusCode(202).extract().jsonPath().getLong("id");
    }

    private static JsonPath finished(String user, long job) {
        return Api.finished(user, "/api/imports/" + job);
    }

    private static int found(String name) {
        return Api.as("village").get("/api/persons?q=" + name).then().statusCode(200).extract().path("total");
    }

    private static String badCheck(String id) {
        char last = id.charAt(17);
        return id.substring(0, 17) + (last == '0' ? '1' : last == 'X' ? '0' : (char) (last == '9' ? '0' : last + 1));
    }

    @Test
    void aGoodCsvImportsHouseholdsWithTheirHeads() {
        String code = Fixtures.unique("IMP-");
        long job = upload("village", "good.csv", csv(
                row(code, "导入户主", TestPeople.man(1975), "户主", ",,,,,"),
                row(code, "导入配偶", TestPeople.woman(1977), "配偶", ",,,,,"),
                row(code, "导入女儿", TestPeople.woman(2005), "子女", ",,,,,")).getBytes(StandardCharsets.UTF_8), "ALL_OR_NOTHING");
        JsonPath j = finished("village", job);
        assertEquals("SUCCEEDED", j.getString("status"), j.getString("message"));
        assertEquals(3, j.getInt("total"));
        assertEquals(3, j.getInt("done"));
        long hh = Api.as("village").get("/api/households?q=" + code).then().body("total", equalTo(1)).extract().jsonPath().getLong("items[0].id");
        Api.as("village").get("/api/households/" + hh).then().body("household.headName", equalTo("导入户主"))
                .body("members.size()", equalTo(3));
        Api.as("auditor").get("/api/audit-events?action=IMPORT&entityType=Household&entityId=" + hh).then().body("total", equalTo(1));
    }

    @Test
    void oneBadRowAmongGoodOnesInAGbkFileStopsEverythingWithTheExactError() {
        String code = Fixtures.unique("GBK-");
        String bad = badCheck(TestPeople.woman(1980));
        byte[] gbk = csv(
                row(code, "甲导入", TestPeople.man(1970), "户主", ",,,,,"),
                row(code, "乙导入", bad, "配偶", ",,,,,"),
                row(code, "丙导入", TestPeople.man(2001), "子女", ",,,,,")).getBytes(Charset.forName("GBK"));
        long job = upload("village", "gbk.csv", gbk, "ALL_OR_NOTHING");
        JsonPath j = finished("village", job);
        assertEquals("FAILED", j.getString("status"));
        assertTrue(j.getString("message").contains("nothing was imported"), j.getString("message"));
        Api.as("village").get("/api/imports/" + job + "/errors").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].row", equalTo(3))
                .body("items[0].column", equalTo("身份证号"))
                .body("items[0].value", equalTo(Masking.idNumber(bad))) // a report shows ID numbers masked, as lists do
                .body("items[0].message", containsString("check character"));
        assertEquals(0, found("甲导入"));
        assertEquals(0, found("丙导入"));
        Api.as("village").get("/api/households?q=" + code).then().body("total", equalTo(0));
    }

    @Test
    void validRowsOnlyWritesTheGoodRowsAndReportsTheBadOnes() {
        String code = Fixtures.unique("VAL-");
        long job = upload("village", "mixed.csv", csv(
                row(code, "好行户主", TestPeople.man(1968), "户主", ",,,,,"),
                row(code, "坏日期人", TestPeople.woman(1990), "配偶", ",流入,甘肃,2018-13-45,,,"),
                row(code, "好行子女", TestPeople.man(1999), "子女", ",,,,,")).getBytes(StandardCharsets.UTF_8), "VALID_ROWS_ONLY");
        JsonPath j = finished("village", job);
        assertEquals("SUCCEEDED", j.getString("status"), j.getString("message"));
        Api.as("village").get("/api/imports/" + job + "/errors").then()
                .body("items[0].row", equalTo(3)).body("items[0].column", equalTo("到达日期")).body("items[0].value", equalTo("2018-13-45"));
        assertEquals(1, found("好行户主"));
        assertEquals(1, found("好行子女"));
        assertEquals(0, found("坏日期人"));
    }

    @Test
    void cellsOfHostileTextAreRowErrorsNamingTheColumn() {
        String code = Fixtures.unique("HOS-");
        String longOrigin = "甘".repeat(101);
        long job = upload("village", null, "hostile.csv", csv(
                row(code, "正常户主", TestPeople.man(1966), "户主", ",,,,,"),
                row(code, "\u200b\u200e\u202e", TestPeople.woman(1968), "配偶", ",,,,,"),
                row(code, "长来源人", TestPeople.woman(1990), "子女", ",流入," + longOrigin + ",2018-03-01,,,")).getBytes(StandardCharsets.UTF_8),
                "ALL_OR_NOTHING");
        assertEquals("FAILED", finished("village", job).getString("status"));
        Api.as("village", null).get("/api/imports/" + job + "/errors").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].row", equalTo(3)).body("items[0].column", equalTo("姓名"))
                .body("items[0].message", equalTo("不能只由空格、零宽字符或文字方向控制符组成"))
                .body("items[1].row", equalTo(4)).body("items[1].column", equalTo("流入来源地"))
                .body("items[1].message", equalTo("超过 100 个字符"));
        assertEquals(0, found("正常户主"));
    }

    @Test
    void wrongColumnsAreRefusedBeforeAnyRowIsRead() {
        byte[] file = "村,户号,名字\n黑林村,X1,某人\n".getBytes(StandardCharsets.UTF_8);
        long job = upload("village", "wrong.csv", file, "ALL_OR_NOTHING");
        assertEquals("FAILED", finished("village", job).getString("status"));
        Api.as("village").get("/api/imports/" + job + "/errors?size=50").then()
                .body("items.column", hasItem("身份证号")).body("items.row", everyItemOne());
        Api.as("village").get("/api/imports/" + job + "/errors.xlsx").then().statusCode(200)
                .header("Content-Disposition", containsString("errors.xlsx"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Integer>> everyItemOne() {
        return org.hamcrest.Matchers.everyItem(equalTo(1));
    }

    @Test
    void duplicatesWithinTheFileAndAgainstTheRegisterAndAMissingHeadAreErrors() {
        String code = Fixtures.unique("DUP-");
        String id = TestPeople.man(1950);
        String registered = TestPeople.woman(1955);
        TestPeople.person("village", "已登记", registered, Fixtures.HEILIN, null, null);
        long job = upload("village", "dups.csv", csv(
                row(code, "重号一", id, "户主", ",,,,,"),
                row(code, "重号二", id, "配偶", ",,,,,"),
                row(code, "已登记", registered, "子女", ",,,,,"),
                row(code + "N", "无户主", TestPeople.man(1990), "子女", ",,,,,")).getBytes(StandardCharsets.UTF_8), "ALL_OR_NOTHING");
        assertEquals("FAILED", finished("village", job).getString("status"));
        Api.as("village").get("/api/imports/" + job + "/errors").then()
                .body("items.find { it.row == 3 }.message", containsString("row 2"))
                .body("items.find { it.row == 4 }.message", containsString("already registered"))
                .body("items.find { it.row == 5 }.column", equalTo("与户主关系"));
    }

    // --- issue 11 point 10: an error report is kept 30 days after its job ended, then deleted
    @Inject
    fpms.job.JobRetention retention;

    @Test
    void anErrorReportIsDeletedThirtyDaysAfterItsJobEnded() throws Exception {
        String code = Fixtures.unique("OLD-");
        long old = upload("village", "old.csv", csv(row(code + "N", "无户主", TestPeople.man(1991), "子女", ",,,,,"))
                .getBytes(StandardCharsets.UTF_8), "ALL_OR_NOTHING");
        long recent = upload("village", "recent.csv", csv(row(code + "M", "无户主", TestPeople.man(1992), "子女", ",,,,,"))
                .getBytes(StandardCharsets.UTF_8), "ALL_OR_NOTHING");
        assertEquals("FAILED", finished("village", old).getString("status"));
        assertEquals("FAILED", finished("village", recent).getString("status"));
        try (var db = TestDatabase.superuser(); var st = db.createStatement()) {
            st.executeUpdate("update job set finished_at = finished_at - interval '31 days' where id = " + old);
        }
        assertTrue(retention.removeExpiredErrorReports() >= 1);
        Api.as("village").get("/api/imports/" + old + "/errors").then().statusCode(200).body("total", equalTo(0));
        Api.as("village").get("/api/imports/" + old).then().body("errorCount", equalTo(1))
                .body("errorsRemovedAt", org.hamcrest.Matchers.notNullValue());
        Api.as("village").get("/api/imports/" + recent + "/errors").then().body("total", equalTo(1));
        Api.as("village").get("/api/imports/" + recent).then().body("errorsRemovedAt", org.hamcrest.Matchers.nullValue());
        assertEquals(0, retention.removeExpiredErrorReports() - retention.removeExpiredErrorReports()); // idempotent
    }

    @Test
    void numbersOfTheFileFoundOutsideTheAreaAreAuditedWithTheirCount() {
        String code = Fixtures.unique("OUT-");
        String inArea = TestPeople.woman(1956);
        TestPeople.person("village", "本村已登记", inArea, Fixtures.HEILIN, null, null);
        String outside1 = TestPeople.woman(1957);
        String outside2 = TestPeople.man(1957);
        TestPeople.person("village2", "外村甲", outside1, Fixtures.DONGTAI, null, null);
        TestPeople.person("village2", "外村乙", outside2, Fixtures.DONGTAI, null, null);
        long job = upload("village", "outside.csv", csv(
                row(code, "户主", TestPeople.man(1958), "户主", ",,,,,"),
                row(code, "本村已登记", inArea, "子女", ",,,,,"),
                row(code, "外村甲", outside1, "子女", ",,,,,"),
                row(code, "外村乙", outside2, "子女", ",,,,,")).getBytes(StandardCharsets.UTF_8), "VALID_ROWS_ONLY");
        finished("village", job);
        Api.as("auditor").get("/api/audit-events?action=ID_LOOKUP_OUTSIDE&entityType=Job&entityId=" + job).then()
                .body("total", equalTo(1)).body("items[0].actor", equalTo("village"))
                .body("items[0].reason", containsString("2 ID numbers"));
    }

    @Test
    void anXlsxInTheTemplatesLayoutImports() throws IOException {
        byte[] template = Api.as("village").get("/api/imports/template").then().statusCode(200).extract().asByteArray();
        String code = Fixtures.unique("XL-");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("身份证号*", sheet.getRow(0).getCell(5).getStringCellValue());
            List<String> values = List.of("黑林村", code, "黑林村表格户", "户籍", "表格户主", TestPeople.man(1981), "户主", "汉族", "", "初婚", "2006-05-01", "户籍");
            Row r = sheet.getRow(1);
            for (int i = 0; i < 17; i++) {
                r.getCell(i).setCellValue(i < values.size() ? values.get(i) : "");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            JsonPath j = finished("village", upload("village", "filled.xlsx", out.toByteArray(), "ALL_OR_NOTHING"));
            assertEquals("SUCCEEDED", j.getString("status"), j.getString("message"));
        }
        assertEquals(1, found("表格户主"));
    }

    @Test
    void importsAreForRegisterKeepersInTheirOwnArea() {
        Api.as("auditor").contentType("multipart/form-data").multiPart("file", "x.csv", "a".getBytes(), "text/csv")
                .post("/api/imports").then().statusCode(403);
        Api.as("village").contentType("multipart/form-data").multiPart("file", "x.txt", "a".getBytes(), "text/plain")
                .post("/api/imports").then().statusCode(400).body("errors[0].field", equalTo("file"));
        long job = upload("village", "mine.csv", csv(row(Fixtures.unique("OWN-"), "我的导入", TestPeople.man(1977), "户主", ",,,,,"))
                .getBytes(StandardCharsets.UTF_8), "ALL_OR_NOTHING");
        finished("village", job);
        Api.as("village2").get("/api/imports/" + job).then().statusCode(404);
    }

    // --- issue 9 point 11: every file that cannot be read ends with a reason

    @Test
    void aFileOfBinaryGarbageIsRefusedWithAReasonInChinese() {
        byte[] garbage = new byte[4096];
        new Random(9).nextBytes(garbage);
        garbage[100] = 0;
        JsonPath j = finished("village", upload("village", null, "garbage.csv", garbage, "ALL_OR_NOTHING"));
        assertEquals("FAILED", j.getString("status"));
        assertEquals("文件既不是 .xlsx 工作簿也不是 .csv 文本文件（含有二进制内容），请使用导入模板并保存为 .xlsx 或 .csv", j.getString("message"));
    }

    @Test
    void aTruncatedOrForeignWorkbookIsRefusedWithAReason() throws IOException {
        byte[] template = Api.as("village").get("/api/imports/template").then().statusCode(200).extract().asByteArray();
        byte[] cut = java.util.Arrays.copyOf(template, template.length / 2);
        JsonPath j = finished("village", upload("village", "cut.xlsx", cut, "ALL_OR_NOTHING"));
        assertEquals("FAILED", j.getString("status"));
        assertTrue(j.getString("message").startsWith("The file is not a readable .xlsx workbook"), j.getString("message"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        j = finished("village", upload("village", "other.xlsx", zip.toByteArray(), "ALL_OR_NOTHING"));
        assertTrue(j.getString("message").startsWith("The file is not a readable .xlsx workbook"), j.getString("message"));
        byte[] xls = new byte[1024];
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole2, 0, xls, 0, ole2.length);
        j = finished("village", upload("village", "old.xlsx", xls, "ALL_OR_NOTHING"));
        assertTrue(j.getString("message").contains("Excel 97-2003 (.xls)"), j.getString("message"));
    }

    @Test
    void aQuoteThatNeverClosesNamesItsLine() {
        String code = Fixtures.unique("QUO-");
        byte[] file = (HEADER + "\n" + row(code, "引号户主", TestPeople.man(1970), "户主", ",,,,,") + "\n\"黑林村," + code + ",没有闭合的引号\n"
                + row(code, "引号子女", TestPeople.man(2001), "子女", ",,,,,") + "\n").getBytes(StandardCharsets.UTF_8);
        JsonPath j = finished("village", upload("village", "quote.csv", file, "ALL_OR_NOTHING"));
        assertEquals("FAILED", j.getString("status"));
        assertTrue(j.getString("message").startsWith("The .csv file cannot be read from line 3 on"), j.getString("message"));
        assertEquals(0, found("引号户主"));
    }

    @Test
    void tooManyProblemsAreCountedAndTheFirstTenThousandListed() {
        String bad = "无此村" + ",".repeat(16) + "\n"; // 7 problems: the village, and 6 required cells empty
        byte[] file = (HEADER + "\n" + bad.repeat(2000)).getBytes(StandardCharsets.UTF_8);
        JsonPath j = finished("village", upload("village", "bad.csv", file, "ALL_OR_NOTHING"));
        assertEquals("FAILED", j.getString("status"));
        assertEquals("14000 problems in 2000 rows: nothing was imported; the first 10000 are listed, 4000 more are not",
                j.getString("message"));
        assertEquals(10_000, j.getInt("errorCount"));
        Api.as("village").get("/api/imports/" + job(j) + "/errors?page=49&size=200").then().statusCode(200)
                .body("total", equalTo(10_000)).body("items.size()", equalTo(200)).body("items.row", everyItem(lessThanOrEqualTo(1430)));
    }

    @Test
    void problemsFoundAgainstTheRegisterAreCappedToo() {
        String id = TestPeople.man(1970);
        String code = Fixtures.unique("REP");
        StringBuilder file = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 10_500; i++) {
            file.append(row(code + "-" + i, "重号户主", id, "户主", ",,,,,")).append('\n');
        }
        JsonPath j = finished("village", upload("village", "repeated.csv", file.toString().getBytes(StandardCharsets.UTF_8), "ALL_OR_NOTHING"));
        assertEquals("FAILED", j.getString("status"));
        assertEquals("10499 problems in 10499 rows: nothing was imported; the first 10000 are listed, 499 more are not", j.getString("message"));
        assertEquals(10_000, j.getInt("errorCount"));
        Api.as("village").get("/api/imports/" + job(j) + "/errors?size=1").then().statusCode(200)
                .body("items[0].row", equalTo(3)).body("items[0].value", equalTo(Masking.idNumber(id)));
    }

    private static long job(JsonPath j) {
        return j.getLong("id");
    }

    // --- issue 9 point 15 (third race): the import checks and writes in one transaction

    @Test
    void anIdNumberRegisteredThroughTheApiWhileAnImportWritesIsARowErrorOfTheImport() throws Exception {
        String code = Fixtures.unique("RACE-");
        String contested = TestPeople.woman(1985);
        byte[] file = csv(row(code, "竞争户主", TestPeople.man(1970), "户主", ",,,,,"), row(code, "竞争配偶", contested, "配偶", ",,,,,"),
                row(code, "竞争子女", TestPeople.man(2001), "子女", ",,,,,")).getBytes(StandardCharsets.UTF_8);
        long job;
        try (Connection other = TestDatabase.superuser()) {
            other.setAutoCommit(false); // a household of the same code, not yet committed: the import's write waits for it
            try (PreparedStatement household = other.prepareStatement("insert into household (id, org_unit_id, code, address, type, status,"
                    + " version, created_at) values (nextval('household_seq'), ?, ?, '竞争地址', 'REGISTERED', 'ACTIVE', 0, ?)")) {
                household.setLong(1, Fixtures.HEILIN);
                household.setString(2, code);
                household.setObject(3, clock.now().atOffset(java.time.ZoneOffset.UTC));
                household.executeUpdate();
                job = upload("village", "race.csv", file, "VALID_ROWS_ONLY");
                LockWaits.awaitWaiting(other, "insert into household%"); // PgCopy: from its copied rows
                TestPeople.person("village", "抢先登记", contested, Fixtures.HEILIN, null, null); // after the import's checks
            } finally {
                other.rollback();
            }
        }
        JsonPath j = finished("village", job);
        assertEquals("SUCCEEDED", j.getString("status"), j.getString("message"));
        Api.as("village").get("/api/imports/" + job + "/errors").then().body("total", equalTo(1))
                .body("items[0].row", equalTo(3)).body("items[0].message", equalTo("this ID number is already registered"));
        assertEquals(1, found("竞争户主"));
        assertEquals(1, found("竞争子女"));
        assertEquals(0, found("竞争配偶"));
    }

    @Test
    void aHeadImportedIntoAnExistingHouseholdIsAudited() {
        String code = Fixtures.unique("HEAD-");
        long household = TestPeople.household("village", Fixtures.HEILIN, code);
        JsonPath j = finished("village", upload("village", "head.csv", csv(row(code, "补录户主", TestPeople.man(1966), "户主", ",,,,,"))
                .getBytes(StandardCharsets.UTF_8), "ALL_OR_NOTHING"));
        assertEquals("SUCCEEDED", j.getString("status"), j.getString("message"));
        Api.as("village").get("/api/households/" + household).then().body("household.headName", equalTo("补录户主"));
        Api.as("auditor").get("/api/audit-events?action=CHANGE_HEAD&entityType=Household&entityId=" + household).then()
                .body("total", equalTo(1)).body("items[0].changes.find { it.field == 'headId' }.before", org.hamcrest.Matchers.nullValue());
    }
}
