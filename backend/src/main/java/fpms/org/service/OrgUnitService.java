package fpms.org.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.common.jdbc.Like;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.scope.Caller;
import fpms.common.scope.PastScope;
import fpms.common.scope.TransactionScope;
import fpms.common.time.AppClock;
import fpms.common.version.Versions;
import fpms.org.OrgLevel;
import fpms.org.OrgUnit;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The org tree: read within the caller's subtree; create, rename and move (ADMIN). */
@ApplicationScoped
@Transactional
public class OrgUnitService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "code", "code", "level", "level", "id", "id");

    @Inject
    AuditTrail audit;

    @Inject
    PastScope pastScope;

    @Inject
    AppClock clock;

    @Inject
    Caller caller;

    @Inject
    TransactionScope scope;

    public record Filter(Long parentId, String q, OrgLevel level) {
    }

    @Transactional
    public Optional<OrgUnit> find(long id) {
        return OrgUnit.findByIdOptional(id);
    }

    @Transactional
    public Page<OrgUnit> list(Filter filter, PageQuery paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.parentId() != null) {
            where.add("parentId = :parentId");
            params.and("parentId", filter.parentId());
        }
        if (filter.level() != null) {
            where.add("level = :level");
            params.and("level", filter.level());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(name like :q" + Like.ESCAPE + " or code like :q" + Like.ESCAPE + ")");
            params.and("q", Like.contains(filter.q().trim()));
        }
        Sort sort = paging.sort(SORTABLE, "id", Sort.Direction.Ascending);
        PanacheQuery<OrgUnit> query = where.isEmpty() ? OrgUnit.findAll(sort)
                : OrgUnit.find(String.join(" and ", where), sort, params);
        List<OrgUnit> items = query.page(paging.page, paging.size).list();
        return new Page<>(items, paging.page, paging.size, query.count());
    }

    /** A unit found in the directory, with the names of the units above it ("宁夏回族自治区 / 中卫市 / 沙坡头区 / 文昌镇"). */
    public record Listing(long id, String code, String name, OrgLevel level, String above) {
    }

    /**
     * Units of the WHOLE tree whose name or code holds {@code q} — deliberately not limited to the caller's subtree:
     * a worker hands a pregnancy over to a village of another town. Only the names and codes of units, which are public.
     */
    @Transactional
    public Page<Listing> directory(String q, OrgLevel level, PageQuery paging) {
        String where = " from org_unit o where (o.name like :q" + Like.ESCAPE + " or o.code like :q" + Like.ESCAPE + ")" + (level == null ? "" : " and o.level = :level");
        EntityManager em = OrgUnit.getEntityManager();
        Query count = em.createNativeQuery("select count(*)" + where);
        Query page = em.createNativeQuery("select o.id, o.code, o.name, o.level,"
                + " (select string_agg(a.name, ' / ' order by a.path) from org_unit a"
                + "  where a.id = any(cast(string_to_array(trim(both '/' from o.path), '/') as bigint[])) and a.id <> o.id)"
                + where + " order by o.path limit :size offset :offset");
        for (Query query : List.of(count, page)) {
            query.setParameter("q", Like.contains(q.trim()));
            if (level != null) {
                query.setParameter("level", level.name());
            }
        }
        return pastScope.run(PastScope.Reason.ORG_DIRECTORY, () -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = page.setParameter("size", paging.size).setParameter("offset", (long) paging.page * paging.size)
                    .getResultList();
            List<Listing> items = rows.stream().map(r -> new Listing(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    OrgLevel.valueOf((String) r[3]), (String) r[4])).toList();
            return new Page<>(items, paging.page, paging.size, ((Number) count.getSingleResult()).longValue());
        });
    }

    /** The subtree under {@code rootId} (default: the caller's own unit), in path order so parents come first. */
    @Transactional
    public List<OrgUnit> subtree(Long rootId) {
        OrgUnit root = find(rootId != null ? rootId : caller.orgUnitId())
                .orElseThrow(() -> ProblemException.notFound("org-unit.not-found", rootId));
        return OrgUnit.list("path like ?1", Sort.by("path"), root.path + "%");
    }

    /** A child takes its parent's path: the parent stays locked until the child is written, so a move waits (and moves it too). */
    public OrgUnit create(long parentId, String code, String name, OrgLevel level) {
        OrgUnit parent = OrgUnit.<OrgUnit>findByIdOptional(parentId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("org-unit.not-found", parentId));
        if (!level.isChildOf(parent.level)) {
            throw ProblemException.ruleViolated("org-unit.level.misplaced", level.label(), parent.level.label());
        }
        requireUniqueCode(code, null);
        OrgUnit unit = new OrgUnit();
        unit.id = OrgUnit.nextId();
        unit.code = code;
        unit.name = name;
        unit.level = level;
        unit.createdAt = clock.now();
        unit.placeUnder(parent);
        unit.persist();
        audit.created(unit, "CREATE");
        return unit;
    }

    public OrgUnit rename(long id, String ifMatch, String name, String code) {
        OrgUnit unit = find(id).orElseThrow(() -> ProblemException.notFound("org-unit.not-found", id));
        Versions.requireMatch(ifMatch, unit.version);
        requireUniqueCode(code, unit.id);
        Map<String, Object> before = unit.auditState();
        unit.name = name;
        unit.code = code;
        audit.changed(unit, "RENAME", before, null);
        return flushed(unit);
    }

    /**
     * Moves a unit (with its whole subtree) under another parent of the level above. Records keep their
     * org unit id, so rewriting the subtree's paths is all it takes for every record's scope to follow.
     */
    public OrgUnit move(long id, String ifMatch, long newParentId) {
        OrgUnit unit = find(id).orElseThrow(() -> ProblemException.notFound("org-unit.not-found", id));
        OrgUnit parent = find(newParentId).orElseThrow(() -> ProblemException.notFound("org-unit.not-found", newParentId));
        lockInPathOrder(unit.path, parent.id);
        EntityManager em = OrgUnit.getEntityManager();
        em.refresh(unit); // as the last writer left them: a unit moved meanwhile has a new version (412 below)
        em.refresh(parent);
        Versions.requireMatch(ifMatch, unit.version);
        if (unit.contains(parent)) {
            throw ProblemException.ruleViolated("org-unit.move.into-own-subtree");
        }
        if (!unit.level.isChildOf(parent.level)) {
            throw ProblemException.ruleViolated("org-unit.level.misplaced", unit.level.label(), parent.level.label());
        }
        Map<String, Object> before = unit.auditState();
        String oldPath = unit.path;
        unit.placeUnder(parent);
        unit.flush();
        long descendants = OrgUnit.getEntityManager().createNativeQuery(
                "update org_unit set path = :newPath || substring(path from :cut), version = version + 1"
                        + " where path > :oldPath and path < :oldPath || '~'")
                .setParameter("newPath", unit.path)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("oldPath", oldPath)
                .executeUpdate();
        audit.changedFor(unit, "MOVE", before, Message.of("audit.reason.units-moved-along", descendants));
        scope.unitsMoved();
        return unit;
    }

    /**
     * Locks the subtree at {@code path} and the new parent, in path order (so that two moves never wait for each other in a
     * circle): a creation under any of them waits for the move, and the move for a creation already under way.
     */
    private static void lockInPathOrder(String path, long newParentId) {
        OrgUnit.getEntityManager().createNativeQuery("select id from org_unit where (path >= :path and path < :path || '~') or id = :parent"
                        + " order by path for update")
                .setParameter("path", path).setParameter("parent", newParentId).getResultList();
    }

    private void requireUniqueCode(String code, Long self) {
        if (code == null) {
            return;
        }
        Number clash = pastScope.run(PastScope.Reason.UNIQUE_ORG_CODE, () -> (Number) OrgUnit.getEntityManager()
                .createNativeQuery("select id from org_unit where code = :code")
                .setParameter("code", code).getResultStream().findFirst().orElse(null));
        if (clash != null && clash.longValue() != (self == null ? -1 : self)) {
            throw ProblemException.conflict("org-unit.code.taken", code);
        }
    }

    private static OrgUnit flushed(OrgUnit unit) {
        unit.flush(); // so that the answer carries the new version
        return unit;
    }
}
