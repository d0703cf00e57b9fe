package fpms.calendar;

import fpms.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A day the official calendar lists because it breaks the Monday-to-Friday rule: a public holiday on a weekday
 * (working false) or a weekend made a working day (调休, working true). The State Council publishes each year's
 * arrangement at the end of the year before; an administrator enters it. Unlisted days follow the weekday rule.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase implements Audited {

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public boolean working;

    public String note;

    @Override
    public String auditEntityType() {
        return "CalendarDay";
    }

    @Override
    public Object auditEntityId() {
        return day.toString();
    }

    @Override
    public Long auditOrgUnitId() {
        return null; // one calendar for the whole country
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("working", working);
        s.put("note", note);
        return s;
    }
}
