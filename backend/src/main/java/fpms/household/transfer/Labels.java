package fpms.household.transfer;

import fpms.household.HouseholdType;
import fpms.household.MaritalStatus;
import fpms.household.Relation;
import fpms.household.ResidenceStatus;
import fpms.household.Sex;
import java.util.Map;
import java.util.Optional;

/** The Chinese words spreadsheets use for the register's codes, both ways (import reads them, export writes them). */
public final class Labels {

    public static final Map<HouseholdType, String> HOUSEHOLD_TYPE = Map.of(HouseholdType.REGISTERED, "户籍", HouseholdType.FLOATING, "流动");
    public static final Map<Relation, String> RELATION = Map.of(Relation.HEAD, "户主", Relation.SPOUSE, "配偶", Relation.CHILD, "子女",
            Relation.PARENT, "父母", Relation.GRANDCHILD, "孙子女", Relation.SIBLING, "兄弟姐妹", Relation.OTHER, "其他");
    public static final Map<MaritalStatus, String> MARITAL = Map.of(MaritalStatus.UNMARRIED, "未婚", MaritalStatus.FIRST_MARRIAGE, "初婚",
            MaritalStatus.REMARRIED, "再婚", MaritalStatus.DIVORCED, "离婚", MaritalStatus.WIDOWED, "丧偶");
    public static final Map<ResidenceStatus, String> RESIDENCE = Map.of(ResidenceStatus.REGISTERED, "户籍",
            ResidenceStatus.FLOATING_IN, "流入", ResidenceStatus.FLOATING_OUT, "流出");
    public static final Map<Sex, String> SEX = Map.of(Sex.MALE, "男", Sex.FEMALE, "女");

    private Labels() {
    }

    /** The code whose word (or name) this is. */
    public static <E extends Enum<E>> Optional<E> parse(Map<E, String> labels, String text) {
        return labels.entrySet().stream()
                .filter(e -> e.getValue().equals(text) || e.getKey().name().equalsIgnoreCase(text))
                .map(Map.Entry::getKey).findFirst();
    }

    public static String allOf(Map<? extends Enum<?>, String> labels) {
        return String.join("/", labels.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.ordinal() - b.ordinal()))
                .map(Map.Entry::getValue).toList());
    }
}
