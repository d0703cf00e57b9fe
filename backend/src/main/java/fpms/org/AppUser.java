package fpms.org;

import fpms.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person or system that logs in; belongs to one org unit, which bounds what it sees. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String phone;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] roles;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    /** Counts password changes and resets (each also ends the user's sessions). */
    @Column(name = "credentials_version", nullable = false)
    public int credentialsVersion;

    /** When the password was set (system clock); null for one set before the policy, until the next login. */
    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    /** The hashes of the passwords before the current one, newest first: the policy refuses them again. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "previous_password_hashes", nullable = false)
    public String[] previousPasswordHashes = new String[0];

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public List<Role> roleList() {
        return Arrays.stream(roles).map(Role::valueOf).toList();
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Lets a locked account log in again, its count of failures starting afresh. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** A new password, set at {@code at}; the one before joins the remembered ones ({@code remembered} with the new one). */
    public void changePassword(String newHash, Instant at, int remembered) {
        String[] previous = new String[Math.min(remembered - 1, previousPasswordHashes.length + 1)];
        if (previous.length > 0) {
            previous[0] = passwordHash;
            System.arraycopy(previousPasswordHashes, 0, previous, 1, previous.length - 1);
        }
        previousPasswordHashes = previous;
        passwordHash = newHash;
        passwordChangedAt = at;
        credentialsVersion++;
        failedLogins = 0;
        lockedUntil = null;
    }

    @Override
    public String auditEntityType() {
        return "User";
    }

    @Override
    public Object auditEntityId() {
        return id;
    }

    @Override
    public Long auditOrgUnitId() {
        return orgUnitId;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("phone", phone);
        state.put("roles", List.of(roles));
        state.put("orgUnitId", orgUnitId);
        state.put("enabled", enabled);
        state.put("lockedUntil", lockedUntil);
        state.put("credentialsVersion", credentialsVersion);
        return state;
    }
}
