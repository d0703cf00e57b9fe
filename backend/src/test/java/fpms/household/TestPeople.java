package fpms.household;

import fpms.support.Api;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unique ID numbers and register records made through the API for tests. */
public final class TestPeople {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 5000));

    private TestPeople() {
    }

    /** A valid ID number of region 640502, unique within the run. */
    public static String id(LocalDate birth, Sex sex) {
        int n = SEQ.incrementAndGet();
        LocalDate day = birth.plusDays(n % 300);
        int seq = (n % 499) * 2 + (sex == Sex.MALE ? 1 : 0);
        String first17 = "640502" + day.toString().replace("-", "") + String.format("%03d", seq);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A valid ID number of someone born on exactly that day, with that 3-digit sequence (odd: a man). */
    public static String bornOn(LocalDate day, int seq) {
        String first17 = "640502" + day.toString().replace("-", "") + String.format("%03d", seq);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A valid ID number, unique within the run, of someone born on exactly that day. */
    public static String bornOn(LocalDate day, Sex sex) {
        return bornOn(day, (SEQ.incrementAndGet() % 499) * 2 + (sex == Sex.MALE ? 1 : 0));
    }

    public static String woman(int bornYear) {
        return id(LocalDate.of(bornYear, 1, 1), Sex.FEMALE);
    }

    public static String man(int bornYear) {
        return id(LocalDate.of(bornYear, 1, 1), Sex.MALE);
    }

    /** A new household of the village; returns its id. */
    public static long household(String user, long village, String code) {
        return Api.as(user).body(Map.of("orgUnitId", village, "code", code, "address", "测试地址" + code, "type", "REGISTERED"))
                .post("/api/households").then().statusCode(201).extract().jsonPath().getLong("household.id");
    }

    /** A new person, in the household with the relation when given; returns the id. */
    public static long person(String user, String name, String idNumber, Long village, Long household, String relation) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("idNumber", idNumber);
        if (village != null) {
            body.put("orgUnitId", village);
        }
        if (household != null) {
            body.put("householdId", household);
            body.put("relation", relation);
        }
        return Api.as(user).body(body).post("/api/persons").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String etag(String user, String path) {
        return Api.as(user).get(path).then().statusCode(200).extract().header("ETag");
    }

}
