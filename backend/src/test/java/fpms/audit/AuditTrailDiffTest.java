package fpms.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fpms.pregnancy.PregnancyStatus;
import fpms.pregnancy.VisitFindings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailDiffTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void keepsOnlyChangedFieldsWithBeforeAndAfter() {
        Map<String, Object> before = new HashMap<>(Map.of("name", "东台村", "code", "1", "enabled", true));
        Map<String, Object> after = new HashMap<>(Map.of("name", "东台社区", "code", "1", "enabled", true));
        assertEquals(List.of(new FieldChange("name", "东台村", "东台社区")), AuditTrail.diff(before, after, SHANGHAI));
    }

    @Test
    void aCreateShowsEveryFieldAndNullsCount() {
        Map<String, Object> after = new HashMap<>();
        after.put("name", "新村");
        after.put("code", null);
        assertEquals(List.of(new FieldChange("name", null, "新村")), AuditTrail.diff(Map.of(), after, SHANGHAI));
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("code", null);
        assertEquals(List.of(new FieldChange("code", "64", null)), AuditTrail.diff(Map.of("code", "64"), cleared, SHANGHAI));
    }

    @Test
    void valuesAreAuditValuesDatesAsIsoInstantsWithTheAppOffsetEnumsByName() {
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("lmp", LocalDate.of(2026, 10, 19));
        after.put("recordedAt", Instant.parse("2026-10-19T16:30:00Z"));
        after.put("voidedAt", OffsetDateTime.parse("2026-10-19T16:30:00Z"));
        after.put("status", PregnancyStatus.ACTIVE);
        assertEquals(List.of(
                new FieldChange("lmp", null, "2026-10-19"),
                new FieldChange("recordedAt", null, "2026-10-20T00:30:00+08:00"),
                new FieldChange("voidedAt", null, "2026-10-20T00:30:00+08:00"),
                new FieldChange("status", null, "ACTIVE")), AuditTrail.diff(Map.of(), after, SHANGHAI));
    }

    @Test
    void aHealthFindingShowsThatItChangedNeverWhatItIs() throws Exception {
        VisitFindings first = new VisitFindings(null, null, new BigDecimal("58.5"), 115, 75, null, null, null, null, null, null, null,
                List.of("HYPERTENSION"));
        VisitFindings second = new VisitFindings(null, null, new BigDecimal("58.5"), 150, 95, null, null, null, null, null, null, null,
                List.of("HYPERTENSION"));
        List<FieldChange> set = AuditTrail.diff(Map.of(), Map.of("findings", HealthFinding.of(first)), SHANGHAI);
        String logged = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(set);
        assertEquals("[{\"field\":\"findings\",\"before\":null,\"after\":\"******\"}]", logged);
        assertEquals(1, AuditTrail.diff(Map.of("findings", HealthFinding.of(first)), Map.of("findings", HealthFinding.of(second)), SHANGHAI).size());
        assertEquals(List.of(), AuditTrail.diff(Map.of("findings", HealthFinding.of(first)),
                Map.of("findings", HealthFinding.of(first)), SHANGHAI));
    }

    @Test
    void aValueWrittenAsTextBeforeAndAsADateAfterIsNoChange() {
        assertEquals(List.of(), AuditTrail.diff(Map.of("lmp", "2026-10-19"), Map.of("lmp", LocalDate.of(2026, 10, 19)), SHANGHAI));
    }
}
