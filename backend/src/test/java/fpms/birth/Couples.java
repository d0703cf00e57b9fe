package fpms.birth;

import fpms.household.Sex;
import fpms.household.TestPeople;
import fpms.support.Api;
import fpms.support.Fixtures;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Couples of the register and their applications, made through the API for the tests. */
final class Couples {

    static final String MARRIED = "2015-05-01";

    /** A husband and wife of the register, and the village of the wife. */
    record Couple(long father, long mother, long village) {
    }

    private Couples() {
    }

    /** A valid ID number of region 640502 unique within the run (the one generator of the tests), for someone born in the year. */
    static String idNumber(int bornYear, boolean male) {
        return TestPeople.id(LocalDate.of(bornYear, 1, 1), male ? Sex.MALE : Sex.FEMALE);
    }

    static long person(String user, String name, String idNumber, long village, Long motherId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("idNumber", idNumber);
        body.put("orgUnitId", village);
        if (motherId != null) {
            body.put("motherId", motherId);
        }
        return Api.as(user).body(body).post("/api/persons").then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A man and a woman of a village (born 1988 and 1990), as the village's worker registers them. */
    static Couple couple(String user, long village, String surname) {
        long father = person(user, surname + "父", idNumber(1988, true), village, null);
        long mother = person(user, surname + "母", idNumber(1990, false), village, null);
        return new Couple(father, mother, village);
    }

    static Couple heilin(String surname) {
        return couple("village", Fixtures.HEILIN, surname);
    }

    /** An application of a new couple (no child in the register): a child order other than 1 comes with its reason. */
    static Map<String, Object> application(Couple c, int childOrder) {
        Map<String, Object> body = new HashMap<>(Map.of("fatherId", c.father(), "motherId", c.mother(), "marriageDate", MARRIED,
                "childOrder", childOrder));
        if (childOrder != 1) {
            body.put("childOrderReason", "前" + (childOrder - 1) + "孩户籍在外省");
        }
        return body;
    }

    static ValidatableResponse submit(String user, Map<String, Object> application) {
        return Api.as(user).body(application).post("/api/birth-registrations").then().log().ifValidationFails();
    }

    /** Submits and answers the new application. */
    static JsonPath submitted(String user, Couple c, int childOrder) {
        return submit(user, application(c, childOrder)).statusCode(201).extract().jsonPath();
    }

    static String path(long id) {
        return "/api/birth-registrations/" + id;
    }

    static String etag(String user, long id) {
        return Fixtures.etag(user, path(id));
    }

    /** A step of the procedure with the current version in If-Match. */
    static ValidatableResponse step(String user, long id, String step, Map<String, Object> body) {
        return Api.as(user).header("If-Match", etag(user, id)).body(body).post(path(id) + "/" + step).then().log().ifValidationFails();
    }
}
