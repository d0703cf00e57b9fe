package fpms.pregnancy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A risk factor noted for a pregnancy (at registration or by a visit), and when. */
@Entity
@Table(name = "pregnancy_risk")
@IdClass(PregnancyRisk.Key.class)
public class PregnancyRisk extends PanacheEntityBase {

    public record Key(Long pregnancyId, String factorCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "pregnancy_id")
    public Long pregnancyId;

    @Id
    @Column(name = "factor_code")
    public String factorCode;

    @Column(name = "noted_on", nullable = false)
    public LocalDate notedOn;
}
