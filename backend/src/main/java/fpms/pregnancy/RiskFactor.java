package fpms.pregnancy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A high-risk factor of the dictionary (年龄≥35岁, 剖宫产史, 妊娠期高血压, …) with its level. */
@Entity
@Table(name = "risk_factor")
public class RiskFactor extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskLevel level;
}
