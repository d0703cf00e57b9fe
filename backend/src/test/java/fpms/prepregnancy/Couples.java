package fpms.prepregnancy;

import fpms.household.IdNumber;
import fpms.household.Sex;
import fpms.household.TestPeople;
import fpms.support.Api;
import fpms.support.Fixtures;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Couples of the register (a household with the husband as head and the wife as spouse) and checks of them, made through the API. */
public final class Couples {


    public record Couple(long household, long wife, long husband, String wifeName, String husbandName) {
    }

    private Couples() {
    }

    /** A valid ID number of region 640502, unique within the run. */
    public static String idNumber(int bornYear, boolean male) {
        return TestPeople.id(LocalDate.of(bornYear, 1, 1), male ? Sex.MALE : Sex.FEMALE); // the one generator of the tests
    }

    /** The valid ID number of region 640502 with this birth date and 3-digit sequence (odd: a man). */
    public static String idNumber(LocalDate birth, int seq) {
        String first17 = "640502" + birth.toString().replace("-", "") + String.format("%03d", seq);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A new household of the village with a husband (head, born 1984) and a wife (spouse, born 1988). */
    public static Couple couple(String user, long village, String surname) {
        long household = TestPeople.household(user, village, Fixtures.unique("PC-"));
        String husbandName = surname + "建国";
        String wifeName = surname + "秀英";
        long husband = TestPeople.person(user, husbandName, idNumber(1984, true), null, household, "HEAD");
        long wife = TestPeople.person(user, wifeName, idNumber(1988, false), null, household, "SPOUSE");
        return new Couple(household, wife, husband, wifeName, husbandName);
    }

    /** A LOW-risk check body with every result NORMAL. */
    public static Map<String, Object> check(long wife, long husband, LocalDate on) {
        Map<String, Object> wifeResults = new HashMap<>(Map.of("bloodType", "O", "hbsag", "NORMAL", "syphilis", "NORMAL", "hiv", "NORMAL",
                "bloodGlucose", "NORMAL", "tsh", "NORMAL", "rubellaIgg", "NORMAL"));
        Map<String, Object> husbandResults = new HashMap<>(Map.of("bloodType", "A", "hbsag", "NORMAL", "syphilis", "NORMAL", "hiv", "NORMAL",
                "bloodGlucose", "NORMAL"));
        Map<String, Object> body = new HashMap<>();
        body.put("wifeId", wife);
        body.put("husbandId", husband);
        body.put("checkDate", on.toString());
        body.put("institution", "沙坡头区妇幼保健计划生育服务中心");
        body.put("results", new HashMap<>(Map.of("wife", wifeResults, "husband", husbandResults)));
        body.put("riskLevel", "LOW");
        body.put("riskFactors", List.of());
        body.put("advice", "孕前三个月起补服叶酸");
        return body;
    }

    /** Records the check; returns its id. */
    public static long record(String user, Map<String, Object> body) {
        return Api.as(user).body(body).post("/api/prepregnancy-checks").then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath().getLong("check.id");
    }

    /** Voids the check; returns nothing. */
    public static void voidCheck(String user, long id, String reason) {
        String etag = Fixtures.etag(user, "/api/prepregnancy-checks/" + id);
        Api.as(user).header("If-Match", etag).body(Map.of("reason", reason)).post("/api/prepregnancy-checks/" + id + "/void")
                .then().statusCode(200);
    }
}
