package fpms.household;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/**
 * Every register test again, with every name search taking the path of a wide area (a city, the province: the
 * plain name indexes and the area as a range of paths in the SQL itself) — the demo tree is too small to take it.
 */
@QuarkusTest
@TestProfile(PersonWideAreaSearchTest.WideArea.class)
class PersonWideAreaSearchTest extends PersonResourceTest {

    public static class WideArea implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fpms.search.max-listed-units", "0");
        }
    }
}
