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

    /** The most factors one record names, and the length of a code (the column's): the bounds of every list of them. */
    public static final int MAX_PER_RECORD = 20;
    public static final int CODE_LENGTH = 32;

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskLevel level;
}
