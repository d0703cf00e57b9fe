package fpms.birth.service;

import fpms.birth.BirthRegistrationKind;
import fpms.birth.BirthRegistrationStatus;
import fpms.common.jdbc.PrefixRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The list of applications and its worklists. Every condition but the name keeps to one index range of
 * birth_registration (org unit, due date), open applications to the partial one; a name is looked up in the register's
 * name indexes (the beginning of the name, or its end through the reversed name) and joined by the parents' ids.
 */
public record BirthRegistrationSearch(Queue queue, BirthRegistrationStatus status, BirthRegistrationKind kind, String areaPath, String q) {

    /** The worklists: every open application, those due soon, those past their due date. */
    @Schema(name = "BirthRegistrationQueue", description = "OPEN, DUE_SOON or OVERDUE")
    public enum Queue {
        OPEN, DUE_SOON, OVERDUE
    }

    /** The HQL condition on {@code r} (empty for everything) and its parameters, as of today. */
    public record Condition(String where, Map<String, Object> params) {
    }

    Condition condition(LocalDate today, LocalDate soonUntil) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (queue != null) {
            where.add("r.status in :open");
            params.put("open", BirthRegistrationStatus.OPEN);
            if (queue == Queue.DUE_SOON) {
                where.add("r.dueOn between :today and :soonUntil");
                params.put("today", today);
                params.put("soonUntil", soonUntil);
            } else if (queue == Queue.OVERDUE) {
                where.add("r.dueOn < :today");
                params.put("today", today);
            }
        }
        if (status != null) {
            where.add("r.status = :status");
            params.put("status", status);
        }
        if (kind != null) {
            where.add("r.kind = :kind");
            params.put("kind", kind);
        }
        if (areaPath != null) {
            where.add("r.orgUnitId in (select o.id from OrgUnit o where o.path like :path)");
            params.put("path", areaPath + "%");
        }
        if (q != null && !q.isBlank()) {
            String text = q.trim();
            String named = "(select p.id from Person p where (" + PrefixRange.hql("p.name", "prefix") + " or "
                    + PrefixRange.hql("p.nameReversed", "suffix") + ")"
                    + " and p.status = fpms.household.PersonStatus.ACTIVE)"; // the literal lets the name indexes (active only) serve it
            where.add("(r.motherId in " + named + " or r.fatherId in " + named + ")");
            PrefixRange.bind(params, "prefix", text);
            PrefixRange.bind(params, "suffix", new StringBuilder(text).reverse().toString());
        }
        return new Condition(String.join(" and ", where), params);
    }
}
