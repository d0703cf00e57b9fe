package fpms.pregnancy;

import fpms.household.Sex;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A baby of a delivery; a live-born one is registered as a person (personId), linked to both parents. */
@Entity
@Table(name = "baby")
@IdClass(Baby.Key.class)
public class Baby extends PanacheEntityBase {

    public record Key(Long pregnancyId, Integer seq) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "pregnancy_id")
    public Long pregnancyId;

    @Id
    public Integer seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(name = "weight_grams")
    public Integer weightGrams;

    @Column(nullable = false)
    public boolean alive;

    @Column(name = "person_id")
    public Long personId;
}
