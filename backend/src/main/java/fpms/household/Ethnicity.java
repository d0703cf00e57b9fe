package fpms.household;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An entry of the 民族 dictionary (GB/T 3304): reference data, the same everywhere. */
@Entity
@Immutable
@Table(name = "ethnicity")
public class Ethnicity extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
}
