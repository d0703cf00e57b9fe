package fpms.prepregnancy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A risk factor of the dictionary (高龄, 慢性病, 遗传病家族史, …); the same everywhere, so not scoped. */
@Entity
@Table(name = "prepregnancy_risk_factor")
public class PrepregnancyRiskFactor extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    public static List<PrepregnancyRiskFactor> all() {
        return list("order by sortOrder, code");
    }
}
