package fpms.org;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import fpms.support.Api;
import fpms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgUnitResourceTest {

    private static long village(String name, long townId) {
        return Api.as("admin").body(Map.of("parentId", townId, "name", name, "level", "VILLAGE"))
                .post("/api/org-units").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void townOfficerSeesTheTownAndItsVillagesOnly() {
        Api.as("town").get("/api/org-units/tree")
                .then().statusCode(200)
                .body("name", equalTo("文昌镇"))
                .body("level", equalTo("TOWN"))
                .body("children.name", hasItems("黑林村", "东台村", "三里桥村", "新墩村", "倪滩村", "文萃社区", "雍楼社区", "应理社区"))
                .body("children.name", not(hasItem("滨河社区")));
        Api.as("town").get("/api/org-units/tree?rootId=13").then().statusCode(404);
    }

    @Test
    void aVillageWorkerCannotSeeTheNextVillage() {
        Api.as("village").get("/api/org-units/5").then().statusCode(200).body("name", equalTo("黑林村"));
        Api.as("village").get("/api/org-units/6").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        Api.as("village2").get("/api/org-units/6").then().statusCode(200).body("name", equalTo("东台村"));
        Api.as("village2").get("/api/org-units/5").then().statusCode(404);
        Api.as("village").get("/api/org-units?size=200").then().statusCode(200)
                .body("total", equalTo(1)).body("items.name", contains("黑林村"));
    }

    @Test
    void theDirectoryFindsUnitsOutsideTheCallersAreaWithTheUnitsAboveThem() {
        // 黑林村's worker hands a pregnancy over to 滨河社区 of another town: she finds it by name, with its town
        Api.as("village").get("/api/org-units/directory?q=滨河&level=VILLAGE").then().statusCode(200)
                .body("items.name", hasItem("滨河社区")).body("items.level", everyItem(equalTo("VILLAGE")))
                .body("items.find { it.name == '滨河社区' }.above", equalTo("宁夏回族自治区 / 中卫市 / 沙坡头区 / 滨河镇"));
        Api.as("village").get("/api/org-units/directory?q=滨河").then().statusCode(200).body("items.name", hasItems("滨河镇", "滨河社区"));
        Api.as("village").get("/api/org-units/directory?q=").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void adminSeesTheWholeRegionWithOfficialCodes() {
        Api.as("admin").get("/api/org-units?size=200&sort=id,asc").then().statusCode(200)
                .body("items.name", hasItems("宁夏回族自治区", "中卫市", "沙坡头区", "文昌镇", "滨河镇"))
                .body("items.find { it.name == '沙坡头区' }.code", equalTo("640502"))
                .body("items.find { it.name == '中卫市' }.code", equalTo("6405"))
                .body("items.find { it.name == '宁夏回族自治区' }.code", equalTo("64"));
        Api.as("admin").get("/api/org-units?parentId=4&level=VILLAGE&size=5&page=1").then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(5)).body("items", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(8));
    }

    @Test
    void adminCreatesAVillageUnderATown() {
        Api.as("admin").body(Map.of("parentId", 4, "name", "测试新村", "level", "VILLAGE"))
                .post("/api/org-units").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/org-units/"))
                .header("ETag", equalTo("\"0\""))
                .body("parentId", equalTo(4)).body("path", startsWith("/1/2/3/4/"));
    }

    @Test
    void createIsRefusedForBadInputWrongLevelOtherRolesAndUnitsOutOfScope() {
        Api.as("admin").body(Map.of("parentId", 4, "level", "VILLAGE", "code", "12ab"))
                .post("/api/org-units").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "code"));
        Api.as("admin").body(Map.of("parentId", 3, "name", "错层村", "level", "VILLAGE"))
                .post("/api/org-units").then().statusCode(422).body("title", equalTo("Business rule violated"));
        Api.as("admin").body(Map.of("parentId", 4, "name", "重码村", "level", "VILLAGE", "code", "640502"))
                .post("/api/org-units").then().statusCode(409);
        Api.as("town").body(Map.of("parentId", 4, "name", "越权村", "level", "VILLAGE"))
                .post("/api/org-units").then().statusCode(403).contentType("application/problem+json");
        Api.anonymous().body(Map.of("parentId", 4, "name", "匿名村", "level", "VILLAGE"))
                .post("/api/org-units").then().statusCode(401);
        Api.as("admin").body(Map.of("parentId", 99999, "name", "无父村", "level", "VILLAGE"))
                .post("/api/org-units").then().statusCode(404);
    }

    @Test
    void renameNeedsTheCurrentVersion() {
        long id = village(Fixtures.unique("改名村"), Fixtures.WENCHANG);
        String path = "/api/org-units/" + id;
        Api.as("admin").body(Map.of("name", "没有版本")).put(path).then().statusCode(428);
        String etag = Fixtures.etag("admin", path);
        Api.as("admin").header("If-Match", etag).body(Map.of("name", "第一次改名")).put(path)
                .then().statusCode(200).body("name", equalTo("第一次改名")).header("ETag", equalTo("\"1\""));
        Api.as("admin").header("If-Match", etag).body(Map.of("name", "用旧版本改名")).put(path)
                .then().statusCode(412).contentType("application/problem+json");
        Api.as("admin").get(path).then().body("name", equalTo("第一次改名"));
        Api.as("town").header("If-Match", "\"1\"").body(Map.of("name", "镇里改名")).put(path).then().statusCode(403);
        Api.as("auditor.province").get("/api/audit-events?entityType=OrgUnit&entityId=" + id + "&action=RENAME").then()
                .body("items[0].changes.find { it.field == 'name' }.after", equalTo("第一次改名"));
    }

    @Test
    void movingAVillageMovesItsRecordsIntoTheNewTownsScope() {
        long id = village(Fixtures.unique("搬迁村"), Fixtures.WENCHANG);
        String worker = Fixtures.unique("mover");
        long workerId = Fixtures.user(worker, "VILLAGE_WORKER", id);
        String binheOfficer = Fixtures.unique("binhe");
        Fixtures.user(binheOfficer, "TOWN_OFFICER", Fixtures.BINHE);
        String binheToken = Api.login(binheOfficer, Fixtures.PASSWORD);

        Api.as("town").get("/api/users/" + workerId).then().statusCode(200);
        Api.anonymous().auth().oauth2(binheToken).get("/api/users/" + workerId).then().statusCode(404);
        String workerToken = Api.login(worker, Fixtures.PASSWORD);
        Api.anonymous().auth().oauth2(workerToken).get("/api/org-units/" + id).then().statusCode(200);

        String path = "/api/org-units/" + id;
        Api.as("admin").header("If-Match", Fixtures.etag("admin", path)).body(Map.of("parentId", Fixtures.BINHE))
                .post(path + "/move").then().statusCode(200)
                .body("parentId", equalTo(13)).body("path", equalTo("/1/2/3/13/" + id + "/"));

        Api.as("town").get("/api/users/" + workerId).then().statusCode(404);
        Api.anonymous().auth().oauth2(binheToken).get("/api/users/" + workerId).then().statusCode(200);
        Api.anonymous().auth().oauth2(binheToken).get("/api/org-units/tree").then()
                .body("children.id", hasItem((int) id));
        // the worker's own (unexpired) token keeps its unit, wherever the unit now hangs: the unit's path as it is now
        // (the one remembered from before the move is forgotten), at once
        Api.anonymous().auth().oauth2(workerToken).get("/api/org-units/" + id).then().statusCode(200)
                .body("path", equalTo("/1/2/3/13/" + id + "/"));
    }

    @Test
    void aMoveMustKeepTheLevelsAndCannotEnterItsOwnSubtree() {
        String townPath = "/api/org-units/4";
        Map<String, Object> intoOwnVillage = new HashMap<>(Map.of("parentId", 5));
        Api.as("admin").header("If-Match", Fixtures.etag("admin", townPath)).body(intoOwnVillage)
                .post(townPath + "/move").then().statusCode(422);
        long id = village(Fixtures.unique("层级村"), Fixtures.WENCHANG);
        Api.as("admin").header("If-Match", Fixtures.etag("admin", "/api/org-units/" + id)).body(Map.of("parentId", 3))
                .post("/api/org-units/" + id + "/move").then().statusCode(422);
    }

    @Test
    void renameAndMoveValidateTheirInputAndAnswer404ForUnknownUnits() {
        long id = village(Fixtures.unique("校验村"), Fixtures.WENCHANG);
        String path = "/api/org-units/" + id;
        Api.as("admin").header("If-Match", "\"0\"").body(Map.of("name", " ")).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        Api.as("admin").header("If-Match", "\"0\"").body(Map.of()).post(path + "/move").then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        Api.as("admin").header("If-Match", "\"0\"").body(Map.of("name", "无此村")).put("/api/org-units/999999").then().statusCode(404);
        Api.as("admin").header("If-Match", "\"0\"").body(Map.of("parentId", 4)).post("/api/org-units/999999/move").then().statusCode(404);
        Api.as("admin").header("If-Match", "\"0\"").body(Map.of("parentId", 999999)).post(path + "/move").then().statusCode(404);
        Api.as("admin").get("/api/org-units/tree?rootId=abc").then().statusCode(400).body("errors[0].field", equalTo("rootId"));
        Api.as("village").get("/api/org-units/tree?rootId=4").then().statusCode(404);
    }
}
