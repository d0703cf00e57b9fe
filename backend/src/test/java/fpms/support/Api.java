package fpms.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** REST Assured requests as one of the demo users (password Demo@2018), tokens cached per run. */
public final class Api {

    public static final String DEMO_PASSWORD = "Demo@2018";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().contentType(ContentType.JSON).auth().oauth2(token(username, DEMO_PASSWORD));
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static String token(String username, String password) {
        return TOKENS.computeIfAbsent(username + "\u0000" + password, k -> login(username, password));
    }

    public static String login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken");
    }
}
