package fpms.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailDiffTest {

    @Test
    void keepsOnlyChangedFieldsWithBeforeAndAfter() {
        Map<String, Object> before = new HashMap<>(Map.of("name", "东台村", "code", "1", "enabled", true));
        Map<String, Object> after = new HashMap<>(Map.of("name", "东台社区", "code", "1", "enabled", true));
        assertEquals(List.of(new FieldChange("name", "东台村", "东台社区")), AuditTrail.diff(before, after));
    }

    @Test
    void aCreateShowsEveryFieldAndNullsCount() {
        Map<String, Object> after = new HashMap<>();
        after.put("name", "新村");
        after.put("code", null);
        assertEquals(List.of(new FieldChange("name", null, "新村")), AuditTrail.diff(Map.of(), after));
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("code", null);
        assertEquals(List.of(new FieldChange("code", "64", null)), AuditTrail.diff(Map.of("code", "64"), cleared));
    }
}
