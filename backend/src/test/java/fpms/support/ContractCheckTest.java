package fpms.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The check every @QuarkusTest's answers go through finds what a client generated from the contract could not read. */
class ContractCheckTest {

    private static final String NEWBORN = """
            {"id": 1203, "name": "马小龙", "sex": "MALE", "birthDate": "2026-11-30", "age": 0, "orgUnitId": 5,
             "residenceStatus": "REGISTERED", "childbearingAge": false, "alive": true, "status": "ACTIVE", "version": 0}""";

    private static List<String> answer(String method, String path, int status, String mediaType, String body) {
        return ContractCheck.INSTANCE.check(method, path, status, mediaType, body.getBytes(UTF_8));
    }

    @Test
    void aNewbornWithoutIdNumberIsReadable() {
        assertEquals(List.of(), answer("GET", "/api/persons/1203", 200, "application/json", NEWBORN));
    }

    @Test
    void aValueOutsideItsEnumOrAMissingRequiredFieldIsNot() {
        List<String> problems = answer("GET", "/api/persons/1203", 200, "application/json",
                NEWBORN.replace("\"MALE\"", "\"M\"").replace(", \"version\": 0", ""));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("sex")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("version")), problems.toString());
    }

    @Test
    void anUndocumentedStatusMediaTypeOrRouteIsNot() {
        assertEquals(List.of("status 409 is not documented for GET /api/persons/{id}"),
                answer("GET", "/api/persons/1203", 409, "application/problem+json", "{}"));
        assertTrue(answer("GET", "/api/persons/1203", 200, "text/csv", "id\n1").get(0).startsWith("media type 'text/csv'"));
        assertEquals(List.of("no operation of the contract takes it"), answer("GET", "/api/nowhere", 200, "application/json", "{}"));
    }

    @Test
    void aRouteNoOperationTakesMustStillAnswerAProblem() {
        String problem = """
                {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "没有这个地址"}""";
        assertEquals(List.of(), answer("GET", "/api/nowhere", 404, "application/problem+json", problem));
        assertFalse(answer("GET", "/api/nowhere", 404, "text/html", "<html>").isEmpty());
    }
}
