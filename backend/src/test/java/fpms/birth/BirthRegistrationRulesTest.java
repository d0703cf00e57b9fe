package fpms.birth;

import static fpms.birth.Couples.application;
import static fpms.birth.Couples.path;
import static fpms.birth.Couples.submit;
import static fpms.birth.Couples.submitted;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import fpms.common.time.AppClock;
import fpms.support.Api;
import fpms.support.Fixtures;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an application must satisfy, who sees it, and how the list finds it. */
@QuarkusTest
class BirthRegistrationRulesTest {

    @Inject
    AppClock clock;

    @Test
    void theFatherIsAManTheMotherAWomanAndTheMarriageFollowsBothBirths() {
        Couples.Couple c = Couples.heilin("检查");
        Map<String, Object> swapped = application(c, 1);
        swapped.put("fatherId", c.mother());
        swapped.put("motherId", c.father());
        submit("village", swapped).statusCode(400).body("errors[0].field", equalTo("fatherId"))
                .body("errors[0].message", containsString("must be a man"));
        Map<String, Object> twoMen = application(c, 1);
        twoMen.put("motherId", c.father());
        submit("village", twoMen).statusCode(400).body("errors[0].field", equalTo("motherId"));
        Map<String, Object> future = application(c, 1);
        future.put("marriageDate", clock.today().plusDays(2).toString());
        submit("village", future).statusCode(400).body("errors[0].field", equalTo("marriageDate"));
        Map<String, Object> beforeHerBirth = application(c, 1);
        beforeHerBirth.put("marriageDate", "1989-06-01");
        submit("village", beforeHerBirth).statusCode(400).body("errors[0].field", equalTo("marriageDate"))
                .body("errors[0].message", containsString("检查母"));
        submit("village", Map.of("motherId", c.mother(), "childOrder", 0)).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("fatherId", "marriageDate", "childOrder"));
        Map<String, Object> wrongChannel = application(c, 1);
        wrongChannel.put("channel", "POST");
        submit("village", wrongChannel).statusCode(400).body("errors[0].field", equalTo("channel"));
    }

    @Test
    void oneOpenApplicationPerMotherAndChildOrder() {
        Couples.Couple c = Couples.heilin("重复");
        long first = submitted("village", c, 2).getLong("id");
        submit("town", application(c, 2)).statusCode(409).body("detail",
                equalTo("An application for child 2 of 重复母 is already open: birth registration " + first + " (SUBMITTED)"));
        Api.as("town", null).body(application(c, 2)).post("/api/birth-registrations").then().statusCode(409)
                .body("detail", equalTo("重复母 的第 2 孩已有在办申请：生育登记 " + first + "（已提交）"));
        submit("village", application(c, 1)).statusCode(201);
    }

    @Test
    void bothPersonsMustBeInTheCallersAreaAndTheApplicationIsSeenOnlyThere() {
        Couples.Couple heilin = Couples.heilin("辖区");
        long id = submitted("village", heilin, 1).getLong("id");
        Api.as("village2").get(path(id)).then().statusCode(404);
        Api.as("village2").get("/api/birth-registrations?size=200").then().body("items.id", not(hasItem((int) id)));
        Api.as("town").get(path(id)).then().statusCode(200);
        Api.as("district").get("/api/birth-registrations?size=200&orgUnitId=" + Fixtures.HEILIN).then().body("items.id", hasItem((int) id));
        submit("village2", application(heilin, 2)).statusCode(404);
        Couples.Couple dongtai = Couples.couple("village2", Fixtures.DONGTAI, "外村");
        Map<String, Object> mixed = application(dongtai, 1);
        mixed.put("fatherId", heilin.father());
        submit("village2", mixed).statusCode(404);
        // the town sees both villages: a father of 黑林村 and a mother of 东台村 make an application of 东台村
        long crossing = submitted("town", new Couples.Couple(heilin.father(), dongtai.mother(), Fixtures.DONGTAI), 1).getLong("id");
        Api.as("village2").get(path(crossing)).then().statusCode(200).body("orgUnitId", equalTo((int) Fixtures.DONGTAI))
                .body("villageName", equalTo("东台村")).body("father.name", equalTo("辖区父"));
        Api.as("village").get(path(crossing)).then().statusCode(404);
    }

    @Test
    void theListFiltersByStatusKindVillageAndNameAndMasksIdNumbers() {
        Couples.Couple c = Couples.heilin("筛选");
        long registration = submitted("village", c, 1).getLong("id");
        long approval = submitted("village", Couples.heilin("筛选乙"), 3).getLong("id");
        Api.as("town").get("/api/birth-registrations?q=筛选母&size=200").then().statusCode(200)
                .body("items.id", contains((int) registration))
                .body("items[0].motherName", equalTo("筛选母")).body("items[0].fatherName", equalTo("筛选父"))
                .body("items[0].motherIdNumber", matchesPattern("640502\\*{8}\\d{3}[0-9X]"))
                .body("items[0].kind", equalTo("REGISTRATION")).body("items[0].deadline", equalTo("ON_TIME"));
        Api.as("town").get("/api/birth-registrations?q=选乙父&size=200").then().body("items.id", contains((int) approval));
        Api.as("town").get("/api/birth-registrations?q=筛选&kind=APPROVAL&size=200").then().body("items.id", contains((int) approval));
        Api.as("town").get("/api/birth-registrations?q=筛选&status=SUBMITTED&orgUnitId=" + Fixtures.HEILIN + "&size=200").then()
                .body("items.id", contains((int) registration, (int) approval));
        Api.as("town").get("/api/birth-registrations?q=筛选&orgUnitId=" + Fixtures.DONGTAI).then().body("total", equalTo(0));
        Api.as("town").get("/api/birth-registrations?queue=OPEN&size=200").then().body("items.status", everyItem(org.hamcrest.Matchers.in(
                java.util.List.of("SUBMITTED", "VILLAGE_REVIEWED"))));
        Api.as("town").get("/api/birth-registrations?sort=dueOn,desc&size=5").then().statusCode(200);
        Api.as("town").get("/api/birth-registrations?sort=name").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        Api.as("town").get("/api/birth-registrations?queue=SOMEDAY").then().statusCode(400).body("errors[0].field", equalTo("queue"));
    }

    @Test
    void theChildOrderHintCountsTheMothersChildrenInTheRegister() {
        Couples.Couple c = Couples.heilin("子女");
        Api.as("village").get("/api/birth-registrations/child-order?motherId=" + c.mother()).then().statusCode(200)
                .body("childrenInRegister", equalTo(0)).body("childOrder", equalTo(1)).body("kind", equalTo("REGISTRATION"));
        Couples.person("village", "子女甲", Couples.idNumber(2012, true), c.village(), c.mother());
        Couples.person("village", "子女乙", Couples.idNumber(2015, false), c.village(), c.mother());
        Api.as("village").get("/api/birth-registrations/child-order?motherId=" + c.mother()).then()
                .body("childrenInRegister", equalTo(2)).body("childOrder", equalTo(3)).body("kind", equalTo("APPROVAL"));
        long id = submitted("village", c, 3).getLong("id");
        Api.as("village").get(path(id)).then().body("childrenInRegister", equalTo(2));
        Api.as("village").get("/api/birth-registrations/child-order?motherId=" + c.father()).then().statusCode(400)
                .body("errors[0].field", equalTo("motherId"));
        Api.as("village").get("/api/birth-registrations/child-order").then().statusCode(400).body("errors[0].field", equalTo("motherId"));
        Api.as("village2").get("/api/birth-registrations/child-order?motherId=" + c.mother()).then().statusCode(404);
    }

    /** The client's child order decides registration or approval: one other than the register's needs a reason the reviewer sees. */
    @Test
    void aChildOrderOtherThanTheRegistersNeedsAReasonTheReviewerSees() {
        Couples.Couple c = Couples.heilin("孩次");
        Map<String, Object> third = application(c, 3);
        third.remove("childOrderReason");
        Api.as("village", null).body(third).post("/api/birth-registrations").then().statusCode(400)
                .body("errors[0].field", equalTo("childOrderReason"))
                .body("errors[0].message", equalTo("孩次不等于母亲已登记子女数 0 加 1 时须说明原因"));
        third.put("childOrderReason", "前两孩随前夫户籍在外省");
        long id = submit("village", third).statusCode(201).body("kind", equalTo("APPROVAL")).extract().jsonPath().getLong("id");
        Api.as("town").get(path(id)).then().statusCode(200).body("childOrderReason", equalTo("前两孩随前夫户籍在外省"))
                .body("childrenInRegister", equalTo(0));
        Api.as("auditor.province").get("/api/audit-events?entityType=BirthRegistration&entityId=" + id).then().statusCode(200)
                .body("items[0].changes.find { it.field == 'childOrderReason' }.after", equalTo("前两孩随前夫户籍在外省"));
        // the register's own order needs no reason and keeps none
        Map<String, Object> first = application(Couples.heilin("孩次乙"), 1);
        first.put("childOrderReason", "多余的说明");
        submit("village", first).statusCode(201).body("childOrderReason", org.hamcrest.Matchers.nullValue());
    }

    /** A pregnancyId that is not one of the mother's pregnancies in the caller's area: 404 or 422, never the foreign key's 500. */
    @Test
    void thePregnancyNamedIsOneOfTheMothersInTheArea() {
        Couples.Couple c = Couples.heilin("孕情");
        long hers = pregnancy("village", c.mother());
        long another = pregnancy("village",
                Couples.person("village", "孕情邻居", Couples.idNumber(1991, false), Fixtures.HEILIN, null));
        long elsewhere = pregnancy("village2",
                Couples.person("village2", "孕情外村", Couples.idNumber(1991, false), Fixtures.DONGTAI, null));
        Map<String, Object> a = application(c, 1);
        a.put("pregnancyId", 999_999_999L);
        submit("village", a).statusCode(404).contentType("application/problem+json");
        a.put("pregnancyId", elsewhere);
        submit("village", a).statusCode(404);
        a.put("pregnancyId", another);
        Api.as("village", null).body(a).post("/api/birth-registrations").then().statusCode(422)
                .body("errors[0].field", equalTo("pregnancyId")).body("errors[0].message", equalTo("不是该母亲的孕情记录"));
        a.put("pregnancyId", hers);
        submit("village", a).statusCode(201).body("pregnancyId", equalTo((int) hers));
    }

    private long pregnancy(String user, long woman) {
        String lmp = clock.today().minusDays(60).toString();
        return Api.as(user).body(Map.of("personId", woman, "lmp", lmp)).post("/api/pregnancies").then().log().ifValidationFails()
                .statusCode(201).extract().jsonPath().getLong("pregnancy.id");
    }

    @Test
    void anOutsideSystemAppliesOnline() {
        String name = Fixtures.unique("zwfw");
        Fixtures.user(name, "SERVICE", Fixtures.WENCHANG);
        String token = Api.login(name, Fixtures.PASSWORD);
        Couples.Couple c = Couples.heilin("网上");
        Map<String, Object> office = application(c, 1);
        office.put("channel", "OFFICE");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").auth().oauth2(token).body(office)
                .post("/api/birth-registrations").then().statusCode(400).body("errors[0].field", equalTo("channel"));
        given().contentType(ContentType.JSON).auth().oauth2(token).body(application(c, 1))
                .post("/api/birth-registrations").then().statusCode(201).body("channel", equalTo("ONLINE"))
                .body("steps.actor", contains(name));
    }

    @Test
    void aTownWithoutAnAdministrativeCodeCannotIssueNumbers() {
        long town = Api.as("admin").body(Map.of("parentId", Fixtures.SHAPOTOU, "name", Fixtures.unique("无码镇"), "level", "TOWN"))
                .post("/api/org-units").then().statusCode(201).extract().jsonPath().getLong("id");
        long village = Api.as("admin").body(Map.of("parentId", town, "name", Fixtures.unique("无码村"), "level", "VILLAGE"))
                .post("/api/org-units").then().statusCode(201).extract().jsonPath().getLong("id");
        String officer = Fixtures.unique("officer");
        Fixtures.user(officer, "TOWN_OFFICER", town);
        String token = Api.login(officer, Fixtures.PASSWORD);
        long father = Couples.person("town", "无码父", Couples.idNumber(1988, true), Fixtures.HEILIN, null);
        // persons of the new village are registered by its town's officer
        long mother = given().contentType(ContentType.JSON).auth().oauth2(token)
                .body(Map.of("name", "无码母", "idNumber", Couples.idNumber(1990, false), "orgUnitId", village))
                .post("/api/persons").then().statusCode(201).extract().jsonPath().getLong("id");
        long fatherThere = given().contentType(ContentType.JSON).auth().oauth2(token)
                .body(Map.of("name", "无码夫", "idNumber", Couples.idNumber(1987, true), "orgUnitId", village))
                .post("/api/persons").then().statusCode(201).extract().jsonPath().getLong("id");
        long id = given().contentType(ContentType.JSON).auth().oauth2(token)
                .body(application(new Couples.Couple(fatherThere, mother, village), 1))
                .post("/api/birth-registrations").then().statusCode(201).extract().jsonPath().getLong("id");
        String etag = given().auth().oauth2(token).get(path(id)).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").auth().oauth2(token).header("If-Match", etag).body(Map.of())
                .post(path(id) + "/register").then().statusCode(422).body("detail", containsString("has no administrative division code"));
        given().auth().oauth2(token).get(path(id)).then()
                .body("status", equalTo("SUBMITTED")).body("number", org.hamcrest.Matchers.nullValue());
        Api.as("town").get("/api/persons/" + father).then().statusCode(200);
    }
}
