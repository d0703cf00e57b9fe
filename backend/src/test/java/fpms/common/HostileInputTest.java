package fpms.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import fpms.household.TestPeople;
import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Malformed and hostile input is a 400 problem+json naming the field (413 for a JSON body over 1 MB), never a 500. */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NUL_EN = "must not contain the NUL character (U+0000)";
    private static final String INVISIBLE_ZH = "不能只由空格、零宽字符或文字方向控制符组成";
    /** Only zero-width and direction characters: a space, joiners, marks, overrides, isolates, a word joiner, a BOM. */
    private static final String INVISIBLE = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064"
            + "\u2066\u2069\uFEFF \u3000";

    private static ValidatableResponse badField(Response answer, String field) {
        return answer.then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400)).body("errors[0].field", equalTo(field));
    }

    @Test
    void aNulInASearchOrFilterIsA400NamingIt() {
        badField(Api.as("village").urlEncodingEnabled(false).get("/api/persons?q=%E9%A9%AC%00"), "q")
                .body("errors[0].message", equalTo(NUL_EN));
        badField(Api.as("village").urlEncodingEnabled(false).get("/api/households?q=a%00b"), "q");
        badField(Api.as("auditor").urlEncodingEnabled(false).get("/api/audit-events?actor=%00"), "actor");
        badField(Api.as("village").urlEncodingEnabled(false).get("/api/persons/export?format=CSV&q=%00"), "q");
        badField(Api.as("village", null).urlEncodingEnabled(false).get("/api/pregnancies?q=%00"), "q")
                .body("errors[0].message", equalTo("不能包含空字符（U+0000）"));
    }

    @Test
    void aNulInABodyFieldIsA400NamingIt() {
        badField(Api.as("village").body(Map.of("orgUnitId", Fixtures.HEILIN, "code", Fixtures.unique("NUL-"), "address", "黑林村\u0000一组",
                "type", "REGISTERED")).post("/api/households"), "address").body("errors[0].message", equalTo(NUL_EN));
        badField(Api.as("village").body(Map.of("personId", 1, "lmp", "2018-01-01", "riskFactors", List.of("HYPERTENSION", "X\u0000")))
                .post("/api/pregnancies"), "riskFactors[1]");
        badField(Api.as("village").body(Map.of("pregnancyId", 1, "kind", "HOME_VISIT", "date", "2018-01-01",
                "findings", Map.of("condition", "\u0000"))).post("/api/visits"), "findings.condition");
    }

    @Test
    void aNulInAnUploadsFileNameOrFieldIsA400NamingIt() {
        badField(multipart("ABC").body("--ABC\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n村居\r\n--ABC--\r\n").post("/api/imports"), "file");
        badField(multipart("ABC").body("--ABC\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nALL\u0000\r\n--ABC--\r\n")
                .post("/api/imports"), "mode");
    }

    @Test
    void aKeyGivenTwiceIsA400NamingIt() {
        badField(Api.as("village").body("{\"orgUnitId\": 5, \"code\": \"DUP-1\", \"address\": \"一组\", \"address\": \"二组\", "
                + "\"type\": \"REGISTERED\"}").post("/api/households"), "address")
                .body("errors[0].message", equalTo("is given more than once: send each field once"));
        badField(Api.as("village", null).body("{\"pregnancyId\": 1, \"kind\": \"HOME_VISIT\", \"date\": \"2018-01-01\", "
                + "\"findings\": {\"condition\": \"好\", \"advice\": \"a\", \"condition\": \"差\"}}").post("/api/visits"), "findings.condition")
                .body("errors[0].message", equalTo("重复出现，每个字段只能出现一次"));
    }

    @Test
    void aPageBeyondTheFirst10000RowsIsA400NamingPage() {
        for (String list : List.of("/api/households", "/api/persons", "/api/pregnancies", "/api/org-units", "/api/birth-registrations")) {
            badField(Api.as("town").get(list + "?page=2147483647"), "page")
                    .body("errors[0].message", startsWith("page × size must be below 10000"));
            badField(Api.as("town").get(list + "?page=500&size=20"), "page");
            Api.as("town").get(list + "?page=499&size=20").then().statusCode(200);
        }
        badField(Api.as("auditor").get("/api/audit-events?page=2147483647&size=200"), "page");
        badField(Api.as("village").get("/api/imports/1/errors?page=1000000"), "page");
    }

    @Test
    void aWrongOrTruncatedMultipartBoundaryIsA400() {
        String part = "Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n村居\r\n";
        multipart("XYZ").body("--ABC\r\n" + part + "--ABC--\r\n").post("/api/imports")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Malformed request body"))
                .body("detail", equalTo("The upload is not a complete multipart/form-data body: check its boundary"));
        multipart("ABC").body("--ABC\r\n" + part.substring(0, part.length() - 6)).post("/api/imports")
                .then().statusCode(400).contentType(PROBLEM);
        multipart("ABC").body("--ABC\r\nContent-Dispo").post("/api/imports").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void everyTextHasABoundAndSoHasAJsonBody() {
        badField(Api.as("village").body(Map.of("pregnancyId", 1, "kind", "HOME_VISIT", "date", "2018-01-01",
                "findings", Map.of("condition", "好".repeat(2001)))).post("/api/visits"), "findings.condition");
        Api.as("village").body(Map.of("pregnancyId", 1, "kind", "HOME_VISIT", "date", "2018-01-01",
                "findings", Map.of("condition", "好".repeat(400_000)))).post("/api/visits")
                .then().statusCode(413).contentType(PROBLEM).body("detail", equalTo("A JSON body may be at most 1 MB"));
    }

    @Test
    void namesOfOnlyInvisibleCharactersAreRefusedInChinese() {
        badField(Api.as("village", null).body(Map.of("name", INVISIBLE, "idNumber", "53010219200508011X", "orgUnitId", Fixtures.HEILIN))
                .post("/api/persons"), "name").body("errors[0].message", equalTo(INVISIBLE_ZH));
        badField(Api.as("village", null).body(Map.of("date", "2018-01-01", "babies", List.of(Map.of("sex", "FEMALE", "alive", true,
                "name", "\u200B\u200D")))).post("/api/pregnancies/1/delivery"), "babies[0].name")
                .body("errors[0].message", equalTo(INVISIBLE_ZH));
        badField(Api.as("village", null).body(Map.of("orgUnitId", Fixtures.HEILIN, "code", Fixtures.unique("ZW-"), "address", "\u202E\u200F",
                "type", "REGISTERED")).post("/api/households"), "address").body("errors[0].message", equalTo(INVISIBLE_ZH));
        badField(Api.as("admin", null).body(Map.of("username", Fixtures.unique("zw"), "displayName", "\uFEFF\u2060", "password", Fixtures.PASSWORD,
                "roles", List.of("VILLAGE_WORKER"), "orgUnitId", Fixtures.HEILIN)).post("/api/users"), "displayName")
                .body("errors[0].message", equalTo(INVISIBLE_ZH));
        badField(Api.as("admin", null).body(Map.of("parentId", Fixtures.WENCHANG, "name", "\u200B", "level", "VILLAGE"))
                .post("/api/org-units"), "name");
        // a name with such a character inside it is still a name
        Api.as("village").body(Map.of("name", "阿依古丽\u200B·买买提", "idNumber", TestPeople.woman(1990), "orgUnitId", Fixtures.HEILIN))
                .post("/api/persons").then().statusCode(201);
    }

    /** Sends the body as it is written, with this boundary in the Content-Type. */
    private static RequestSpecification multipart(String boundary) {
        return Api.as("village").config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("multipart/form-data", ContentType.TEXT).appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("multipart/form-data; boundary=" + boundary);
    }
}
