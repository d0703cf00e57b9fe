package fpms.household;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportExportTest {

    private static final String HEADER = "村居,户编号,户地址,户类型,姓名,身份证号,与户主关系,民族,联系电话,婚姻状况,结婚日期,居住状态,流入来源地,到达日期,预计居住至,流出去向,离开日期";

    private static String row(String code, String name, String id, String relation, String extra) {
        return "黑林村," + code + ",黑林村导入" + code + "号,户籍," + name + "," + id + "," + relation + ",回族,13995500000,," + extra;
    }

    private static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private static long upload(String user, String fileName, byte[] bytes, String mode) {
        return Api.as(user).contentType("multipart/form-data")
                .multiPart("file", fileName, bytes, fileName.endsWith(".csv") ? "text/csv" : "application/octet-stream")
                .multiPart("mode", mode)
                .post("/api/imports").then().statusCode(202).extract().jsonPath().getLong("id");
    }

    private static JsonPath finished(String user, long job) {
        for (int i = 0; i < 200; i++) {
            JsonPath j = Api.as(user).get("/api/imports/" + job).then().statusCode(200).extract().jsonPath();
            if (j.getString("status").equals("SUCCEEDED") || j.getString("status").equals("FAILED")) {
                return j;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("import " + job + " did not finish");
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
                .body("items[0].value", equalTo(bad))
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
}
