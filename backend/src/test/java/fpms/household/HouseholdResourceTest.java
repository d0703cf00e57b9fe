package fpms.household;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HouseholdResourceTest {

    private static String path(long id) {
        return "/api/households/" + id;
    }

    private static long family(String code, String... names) {
        long hh = TestPeople.household("village", Fixtures.HEILIN, code);
        for (int i = 0; i < names.length; i++) {
            TestPeople.person("village", names[i], i == 1 ? TestPeople.woman(1982) : TestPeople.man(1980 - i), null, hh,
                    i == 0 ? "HEAD" : i == 1 ? "SPOUSE" : "CHILD");
        }
        return hh;
    }

    @Test
    void aHouseholdIsCreatedInAVillageWithAUniqueCodeAndItsMembersJoin() {
        String code = Fixtures.unique("T-");
        long hh = family(code, "户主甲", "配偶甲");
        Api.as("village").get(path(hh)).then().statusCode(200)
                .body("household.code", equalTo(code)).body("household.headName", equalTo("户主甲"))
                .body("household.memberCount", equalTo(2))
                .body("members.name", contains("户主甲", "配偶甲"))
                .body("history.joinedBy", everyItemIs("CREATE"));
        Api.as("village").body(Map.of("orgUnitId", Fixtures.HEILIN, "code", code, "address", "重复", "type", "REGISTERED"))
                .post("/api/households").then().statusCode(409);
        Api.as("village").body(Map.of("orgUnitId", Fixtures.WENCHANG, "code", "TOWNLEVEL", "address", "镇", "type", "REGISTERED"))
                .post("/api/households").then().statusCode(400).body("errors[0].field", equalTo("orgUnitId"));
        Api.as("village").body(Map.of("orgUnitId", Fixtures.HEILIN, "code", "bad code!", "address", "", "type", "REGISTERED"))
                .post("/api/households").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("code", "address"));
        Api.as("village2").get(path(hh)).then().statusCode(404);
        Api.as("auditor").get(path(hh)).then().statusCode(200);
        Api.as("auditor").body(Map.of("orgUnitId", Fixtures.HEILIN, "code", "AUD", "address", "x", "type", "REGISTERED"))
                .post("/api/households").then().statusCode(403);
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void membersMoveAndTheHistoryKeepsWhoWasWhereWhen() {
        long a = family(Fixtures.unique("MA-"), "迁出户主", "迁出配偶", "迁出子女");
        long b = family(Fixtures.unique("MB-"), "迁入户主");
        long child = Api.as("village").get(path(a)).then().extract().jsonPath().getLong("members.find { it.name == '迁出子女' }.id");
        Api.as("village").header("If-Match", TestPeople.etag("village", path(a)))
                .body(Map.of("personId", child, "toHouseholdId", b, "relation", "OTHER")).post(path(a) + "/moves")
                .then().statusCode(200).body("members.name", contains("迁出户主", "迁出配偶"))
                .body("history.find { it.personName == '迁出子女' }.leftBy", equalTo("MOVE"))
                .body("history.find { it.personName == '迁出子女' }.leftOn", notNullValue());
        Api.as("village").get(path(b)).then().body("members.name", hasItem("迁出子女"))
                .body("history.find { it.personName == '迁出子女' }.joinedBy", equalTo("MOVE"));
        long head = Api.as("village").get(path(a)).then().extract().jsonPath().getLong("household.headId");
        Api.as("village").header("If-Match", TestPeople.etag("village", path(a)))
                .body(Map.of("personId", head, "toHouseholdId", b, "relation", "OTHER")).post(path(a) + "/moves")
                .then().statusCode(409);
    }

    @Test
    void theHeadChangesAndTheFormerHeadKeepsAnotherRelation() {
        long hh = family(Fixtures.unique("H-"), "老户主", "老配偶", "长子");
        long son = Api.as("village").get(path(hh)).then().extract().jsonPath().getLong("members.find { it.name == '长子' }.id");
        Api.as("village").header("If-Match", TestPeople.etag("village", path(hh)))
                .body(Map.of("personId", son, "formerHeadRelation", "PARENT")).post(path(hh) + "/head")
                .then().statusCode(200).body("household.headName", equalTo("长子"))
                .body("members.find { it.name == '老户主' }.relation", equalTo("PARENT"));
        Api.as("auditor").get("/api/audit-events?entityType=Household&entityId=" + hh + "&action=CHANGE_HEAD").then()
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        // the history says the relations changed: each stay ends and the next begins as a RELATION_CHANGE, not an ADD
        Api.as("village").get(path(hh)).then()
                .body("history.findAll { it.personName == '老户主' }.joinedBy", containsInAnyOrder("CREATE", "RELATION_CHANGE"))
                .body("history.findAll { it.personName == '老户主' && it.leftOn != null }.leftBy", contains("RELATION_CHANGE"))
                .body("history.findAll { it.personName == '长子' }.joinedBy", containsInAnyOrder("CREATE", "RELATION_CHANGE"));
    }

    @Test
    void aMergeWithoutAReasonClosesTheOtherHouseholdWithOneInTheReadersLanguage() {
        long into = family(Fixtures.unique("R1-"), "并户户主");
        String intoCode = Api.as("village").get(path(into)).then().extract().path("household.code");
        long from = family(Fixtures.unique("R2-"), "被并户主");
        Api.as("village").header("If-Match", TestPeople.etag("village", path(into)))
                .body(Map.of("fromHouseholdId", from)).post(path(into) + "/merge").then().statusCode(200);
        Api.as("village", null).get(path(from)).then().body("household.closedReason", equalTo("并入户 " + intoCode));
        Api.as("village", Api.ENGLISH).get(path(from)).then().body("household.closedReason", equalTo("Merged into household " + intoCode));
        Api.as("auditor", null).get("/api/audit-events?entityType=Household&action=MERGED_INTO&entityId=" + from).then()
                .body("items[0].reason", equalTo("并入户 " + intoCode));
        long moved = Api.as("village").get(path(into)).then().extract().jsonPath().getLong("members.find { it.name == '被并户主' }.id");
        Api.as("auditor", null).get("/api/audit-events?entityType=Person&action=JOIN_HOUSEHOLD&entityId=" + moved).then()
                .body("items[0].reason", equalTo("合并：加入户 " + intoCode)); // the event's name is a message within the message
    }

    @Test
    void membersSplitOffIntoANewHouseholdWithTheirOwnHead() {
        long hh = family(Fixtures.unique("S-"), "大家长", "大家配偶", "成年子", "子媳");
        var members = Api.as("village").get(path(hh)).then().extract().jsonPath();
        long son = members.getLong("members.find { it.name == '成年子' }.id");
        long wife = members.getLong("members.find { it.name == '子媳' }.id");
        String newCode = Fixtures.unique("S2-");
        long created = Api.as("village").header("If-Match", TestPeople.etag("village", path(hh)))
                .body(Map.of("code", newCode, "address", "分户地址", "members",
                        List.of(Map.of("personId", son, "relation", "HEAD"), Map.of("personId", wife, "relation", "SPOUSE"))))
                .post(path(hh) + "/split").then().statusCode(201)
                .body("household.code", equalTo(newCode)).body("household.headName", equalTo("成年子"))
                .body("members", hasSize(2)).extract().jsonPath().getLong("household.id");
        Api.as("village").get(path(hh)).then().body("members.name", containsInAnyOrder("大家长", "大家配偶"));
        Api.as("village").get(path(created)).then().body("history.joinedBy", everyItemIs("SPLIT"));
        Api.as("village").header("If-Match", TestPeople.etag("village", path(hh)))
                .body(Map.of("code", Fixtures.unique("S3-"), "address", "x", "members", List.of(Map.of("personId", son, "relation", "SPOUSE"))))
                .post(path(hh) + "/split").then().statusCode(400).body("errors[0].field", equalTo("members"));
    }

    @Test
    void aHouseholdMergesIntoAnotherWhichIsThenClosedAndAnEmptyOneCloses() {
        long into = family(Fixtures.unique("G1-"), "合并户主");
        long from = family(Fixtures.unique("G2-"), "并入户主", "并入配偶");
        Api.as("village").header("If-Match", TestPeople.etag("village", path(into)))
                .body(Map.of("fromHouseholdId", from, "reason", "老人随子女生活")).post(path(into) + "/merge")
                .then().statusCode(200).body("members", hasSize(3));
        Api.as("village").get(path(from)).then().body("household.status", equalTo("CLOSED"))
                .body("household.closedReason", equalTo("老人随子女生活")).body("household.memberCount", equalTo(0));
        Api.as("village").header("If-Match", TestPeople.etag("village", path(into)))
                .body(Map.of("reason", "还有人")).post(path(into) + "/close").then().statusCode(409);
        long empty = TestPeople.household("village", Fixtures.HEILIN, Fixtures.unique("E-"));
        Api.as("village").header("If-Match", "\"0\"").body(Map.of()).post(path(empty) + "/close").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Api.as("village").header("If-Match", "\"0\"").body(Map.of("reason", "全户迁出")).post(path(empty) + "/close").then().statusCode(200)
                .body("household.status", equalTo("CLOSED"));
        Api.as("village").get("/api/households?status=CLOSED&size=200").then().body("items.id", hasItem((int) empty));
    }

    @Test
    void twoOperationsWithTheSameEtagOneWinsTheOtherGets412() {
        long hh = family(Fixtures.unique("R-"), "并发户主");
        String etag = TestPeople.etag("village", path(hh));
        Api.as("village").header("If-Match", etag).body(Map.of("orgUnitId", Fixtures.HEILIN, "code", Fixtures.unique("R2-"), "address", "新址一", "type", "REGISTERED"))
                .put(path(hh)).then().statusCode(200);
        Api.as("village").header("If-Match", etag).body(Map.of("orgUnitId", Fixtures.HEILIN, "code", Fixtures.unique("R3-"), "address", "新址二", "type", "REGISTERED"))
                .put(path(hh)).then().statusCode(412);
        long person = TestPeople.person("village", "无户人员", TestPeople.man(1999), Fixtures.HEILIN, null, null);
        String now = TestPeople.etag("village", path(hh));
        Api.as("village").header("If-Match", now).body(Map.of("personId", person, "relation", "OTHER")).post(path(hh) + "/members").then().statusCode(200);
        Api.as("village").header("If-Match", now).body(Map.of("personId", person, "relation", "OTHER")).post(path(hh) + "/members").then().statusCode(412);
    }

    @Test
    void searchByCodeAddressAndHeadName() {
        String code = Fixtures.unique("Q-");
        long hh = family(code, "查户主名");
        Api.as("village").get("/api/households?q=" + code).then().body("items.id", hasItem((int) hh));
        Api.as("village").get("/api/households?q=查户主").then().body("items.id", hasItem((int) hh));
        Api.as("village").get("/api/households?q=测试地址" + code).then().body("items.id", hasItem((int) hh));
        Api.as("village2").get("/api/households?q=" + code).then().body("total", equalTo(0));
        Api.as("village").get("/api/persons?q=" + code).then().body("items.name", hasItem("查户主名"));
    }
}
