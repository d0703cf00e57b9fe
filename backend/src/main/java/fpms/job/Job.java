package fpms.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A long piece of work (an import, a scan) with its state and progress, readable by any replica. */
@Entity
@Table(name = "job")
public class Job extends PanacheEntityBase {

    @Schema(name = "JobStatus", description = "QUEUED → RUNNING → SUCCEEDED or FAILED")
    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_seq")
    @SequenceGenerator(name = "job_seq", sequenceName = "job_seq", allocationSize = 50)
    public Long id;

    /** The org unit of who started it: the job sees that subtree, as they would. */
    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.QUEUED;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** When the error report was deleted, its retention period over (JobRetention). */
    @Column(name = "errors_removed_at")
    public Instant errorsRemovedAt;

    /** Units of work in all (rows, persons); 0 while unknown. */
    @Column(nullable = false)
    public long total;

    @Column(nullable = false)
    public long done;

    @Column(name = "error_count", nullable = false)
    public int errorCount;

    public String message;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> params;

    @Version
    public long version;
}
