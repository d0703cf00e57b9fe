package fpms.org;

import fpms.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A node of the org tree (region → city → district → town → village/community) with its materialized path. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends PanacheEntityBase implements Audited {

    /** Taken from org_unit_seq before the insert ({@link #nextId()}), because the path is made of it. */
    @Id
    public Long id;

    @Column(name = "parent_id")
    public Long parentId;

    /** Official administrative division code where one exists (宁夏 64, 中卫市 6405, 沙坡头区 640502). */
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrgLevel level;

    /** "/1/7/42/": the ids from the root down to this unit. */
    @Column(nullable = false)
    public String path;

    @Version
    public Long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static long nextId() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('org_unit_seq')").getSingleResult()).longValue();
    }

    /** The ids of the caller's org units (the scope filter applies), under {@code path} if it is given; at most {@code limit}. */
    public static List<Long> idsUnder(String path, int limit) {
        var query = getEntityManager().createQuery("select o.id from OrgUnit o" + (path == null ? "" : " where o.path like :path"), Long.class);
        if (path != null) {
            query.setParameter("path", path + "%");
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The root of the tree (the province), whoever asks: a record of the whole tree belongs to it. */
    public static long rootId() {
        return ((Number) getEntityManager().createNativeQuery("select id from org_unit where parent_id is null order by id limit 1")
                .getSingleResult()).longValue();
    }

    public boolean contains(OrgUnit other) {
        return other.path.startsWith(path);
    }

    /** Places this unit (with its id) under {@code parent}. */
    public void placeUnder(OrgUnit parent) {
        parentId = parent == null ? null : parent.id;
        path = (parent == null ? "/" : parent.path) + id + "/";
    }

    @Override
    public String auditEntityType() {
        return "OrgUnit";
    }

    @Override
    public Object auditEntityId() {
        return id;
    }

    @Override
    public Long auditOrgUnitId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("parentId", parentId);
        state.put("code", code);
        state.put("name", name);
        state.put("level", level.name());
        state.put("path", path);
        return state;
    }
}
