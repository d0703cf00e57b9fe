package fpms.oversight.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.scope.Caller;
import fpms.common.time.AppClock;
import fpms.common.version.Versions;
import fpms.org.OrgUnit;
import fpms.oversight.AnnualTarget;
import fpms.oversight.TargetKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Annual targets of the caller's subtree: set (for the units strictly below the caller's own; its own target is set by
 * the level above), changed with If-Match, audited; and the progress against them, computed on demand.
 */
@ApplicationScoped
@Transactional
public class TargetService {

    private static final Map<String, String> SORTABLE = Map.of("orgUnitId", "orgUnitId", "year", "year", "count", "count", "id", "id");

    @Inject
    AuditTrail audit;

    @Inject
    AppClock clock;

    @Inject
    Caller caller;

    @Inject
    Instance<TargetMeasure> measures;

    /** The list's filters: a kind, a year, and the direct children of a unit. */
    public record Filter(TargetKind kind, Integer year, Long parentId) {
    }

    /** One org unit's line of the progress: its target (if any) and what is done in its subtree. */
    public record Row(OrgUnit unit, AnnualTarget target, long done) {
    }

    /** The progress of an org unit and of each of its direct children, with the unit's new per month. */
    public record Progress(TargetKind kind, int year, Row total, List<Row> children, long[] newPerMonth) {
    }

    @Transactional
    public Optional<AnnualTarget> find(long id) {
        return AnnualTarget.findByIdOptional(id);
    }

    @Transactional
    public Page<AnnualTarget> list(Filter f, PageQuery paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.kind() != null) {
            where.add("t.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.year() != null) {
            where.add("t.year = :year");
            params.put("year", f.year());
        }
        if (f.parentId() != null) {
            where.add("t.orgUnitId in (select o.id from OrgUnit o where o.parentId = :parent)");
            params.put("parent", f.parentId());
        }
        Sort sort = paging.sort(SORTABLE, "orgUnitId", Sort.Direction.Ascending);
        PanacheQuery<AnnualTarget> q = AnnualTarget.find("from AnnualTarget t" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)),
                sort, params);
        return new Page<>(q.page(paging.page, paging.size).list(), paging.page, paging.size, q.count());
    }

    /** Sets a unit's target for a year; one per unit, kind and year (409: change that one instead). */
    public AnnualTarget create(long orgUnitId, TargetKind kind, int year, int count) {
        OrgUnit unit = settable(orgUnitId);
        if (AnnualTarget.count("orgUnitId = ?1 and kind = ?2 and year = ?3", unit.id, kind, year) > 0) {
            throw ProblemException.conflict("target.exists", unit.name, year);
        }
        AnnualTarget t = new AnnualTarget();
        t.orgUnitId = unit.id;
        t.kind = kind;
        t.year = year;
        t.count = count;
        t.createdAt = clock.now();
        t.persist();
        audit.created(t, "CREATE");
        return t;
    }

    public AnnualTarget update(long id, String ifMatch, int count) {
        AnnualTarget t = find(id).orElseThrow(() -> ProblemException.notFound("target.not-found", id));
        settable(t.orgUnitId);
        Versions.requireMatch(ifMatch, t.version);
        Map<String, Object> before = t.auditState();
        t.count = count;
        audit.changed(t, "UPDATE", before, null);
        t.flush(); // so that the answer carries the new version
        return t;
    }

    /**
     * The unit (default: the caller's own) and each direct child: target and done; done month by month for the unit.
     * One grouped query of the kind's measure; targets are read for the same units at once.
     */
    @Transactional
    public Progress progress(TargetKind kind, int year, Long orgUnitId) {
        long rootId = orgUnitId != null ? orgUnitId : caller.orgUnitId();
        OrgUnit root = OrgUnit.<OrgUnit>findByIdOptional(rootId).orElseThrow(() -> ProblemException.notFound("org-unit.not-found", rootId));
        List<OrgUnit> children = OrgUnit.list("parentId = ?1", Sort.by("id"), root.id);
        List<Long> ids = new ArrayList<>(children.stream().map(c -> c.id).toList());
        ids.add(root.id);
        Map<Long, AnnualTarget> targets = AnnualTarget.<AnnualTarget>list("kind = ?1 and year = ?2 and orgUnitId in ?3", kind, year, ids)
                .stream().collect(Collectors.toMap(t -> t.orgUnitId, Function.identity()));
        TargetMeasure.Tally tally = measure(kind).tally(root.path, year);
        List<Row> rows = children.stream()
                .map(c -> new Row(c, targets.get(c.id), tally.perChild().getOrDefault(c.id, 0L))).toList();
        return new Progress(kind, year, new Row(root, targets.get(root.id), tally.done()), rows, tally.newPerMonth());
    }

    private TargetMeasure measure(TargetKind kind) {
        return measures.stream().filter(m -> m.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no measure of the target kind " + kind));
    }

    /** A unit whose target the caller sets: in the caller's subtree (else 404) and strictly below the caller's own (else 403). */
    private OrgUnit settable(long orgUnitId) {
        OrgUnit unit = OrgUnit.<OrgUnit>findByIdOptional(orgUnitId).orElseThrow(() -> ProblemException.notFound("org-unit.not-found", orgUnitId));
        if (unit.id == caller.orgUnitId()) {
            throw new ProblemException(403, "forbidden", Message.of("target.own-unit", unit.name), null);
        }
        return unit;
    }
}
