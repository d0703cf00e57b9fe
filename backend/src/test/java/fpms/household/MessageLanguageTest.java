package fpms.household;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What users read comes in Chinese by default and in English when Accept-Language prefers it. */
@QuarkusTest
class MessageLanguageTest {

    private static final String CHINESE = null; // no Accept-Language: the default
    private static final String ENGLISH = "en";

    private static Map<String, Object> person(String name, String idNumber) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("idNumber", idNumber);
        b.put("orgUnitId", Fixtures.HEILIN);
        return b;
    }

    @Test
    void notFound() {
        Api.as("village", CHINESE).get("/api/persons/987654321").then().statusCode(404)
                .body("title", equalTo("未找到")).body("detail", equalTo("人员 987654321 不存在"));
        Api.as("village", ENGLISH).get("/api/persons/987654321").then().statusCode(404)
                .body("title", equalTo("Not found")).body("detail", equalTo("Person 987654321 was not found"));
    }

    @Test
    void aDuplicateIdNumberNamesTheRegisteredPerson() {
        String id = TestPeople.woman(1986);
        long first = TestPeople.person("village", "张三", id, Fixtures.HEILIN, null, null);
        String masked = id.substring(0, 6) + "********" + id.substring(14);
        Api.as("village", CHINESE).body(person("李四", id)).post("/api/persons").then().statusCode(409)
                .body("title", equalTo("与现有数据冲突"))
                .body("detail", equalTo("身份证号码 " + masked + " 已登记：人员 " + first + "（张三）"));
        Api.as("village", ENGLISH).body(person("李四", id)).post("/api/persons").then().statusCode(409)
                .body("title", equalTo("Conflict"))
                .body("detail", equalTo("The ID number " + masked + " is already registered: person " + first + " (张三)"));
    }

    @Test
    void aFieldRefusedByAServiceRule() {
        Api.as("village", CHINESE).body(person("错号", "530102192005080119")).post("/api/persons").then().statusCode(400)
                .body("title", equalTo("输入有误"))
                .body("detail", equalTo("idNumber：校验码（最后一位）不正确，请检查号码是否输错"))
                .body("errors[0].field", equalTo("idNumber"))
                .body("errors[0].message", equalTo("校验码（最后一位）不正确，请检查号码是否输错"));
        Api.as("village", ENGLISH).body(person("错号", "530102192005080119")).post("/api/persons").then().statusCode(400)
                .body("title", equalTo("Invalid input"))
                .body("errors[0].message", equalTo("has a wrong check character (the last one): check the number for a typing error"));
    }

    @Test
    void fieldsRefusedByBeanValidation() {
        Map<String, Object> household = new HashMap<>();
        household.put("orgUnitId", Fixtures.HEILIN);
        household.put("code", "坏 编号");
        household.put("address", "");
        Api.as("village", CHINESE).body(household).post("/api/households").then().statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("address", "code", "type")))
                .body("errors[0].message", equalTo("不能为空"))
                .body("errors[1].message", equalTo("须为 1 至 32 位字母、数字或“-”"))
                .body("detail", equalTo("address：不能为空；code：须为 1 至 32 位字母、数字或“-”；type：不能为null"));
        for (String english : new String[] {ENGLISH, "en-US", "en-GB"}) {
            Api.as("village", english).body(household).post("/api/households").then().statusCode(400)
                    .body("errors[0].message", equalTo("must not be blank"))
                    .body("errors[1].message", equalTo("must be 1 to 32 letters, digits or '-'"))
                    .body("errors[2].message", equalTo("must not be null"));
        }
        Api.as("village", "zh-CN,zh;q=0.9,en;q=0.8").body(household).post("/api/households").then().statusCode(400)
                .body("errors[0].message", equalTo("不能为空"));
    }

    @Test
    void theImportErrorReportIsInTheLanguageOfWhoStartedTheImport() {
        String code = Fixtures.unique("LNG-");
        String head = TestPeople.man(1972);
        String bad = "530102192005080119";
        String csv = "村居,户编号,户地址,户类型,姓名,身份证号,与户主关系\n"
                + "黑林村," + code + ",黑林村语言1号,户籍,语言户主," + head + ",户主\n"
                + "黑林村," + code + ",黑林村语言1号,户籍,语言配偶," + bad + ",配偶\n";
        long zh = upload(CHINESE, csv);
        assertEquals("1 行共有 1 处问题，未导入任何数据（请修改后重新导入，或选择只导入无误的行）", finished(zh).getString("message"));
        // read in English later: still the words the report was written in
        Api.as("village", ENGLISH).get("/api/imports/" + zh + "/errors").then().statusCode(200)
                .body("items[0].row", equalTo(3)).body("items[0].column", equalTo("身份证号"))
                .body("items[0].message", equalTo("校验码（最后一位）不正确，请检查号码是否输错"));
        long en = upload(ENGLISH, csv);
        assertEquals("1 problems in 1 rows: nothing was imported (fix them, or import the valid rows only)", finished(en).getString("message"));
        Api.as("village", CHINESE).get("/api/imports/" + en + "/errors").then().statusCode(200)
                .body("items[0].message", equalTo("has a wrong check character (the last one): check the number for a typing error"));
    }

    private static long upload(String language, String csv) {
        return Api.as("village", language).contentType("multipart/form-data")
                .multiPart("file", "language.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("mode", "ALL_OR_NOTHING")
                .post("/api/imports").then().statusCode(202).extract().jsonPath().getLong("id");
    }

    private static JsonPath finished(long job) {
        return Api.finished("village", "/api/imports/" + job);
    }
}
