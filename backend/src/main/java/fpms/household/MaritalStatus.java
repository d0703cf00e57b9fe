package fpms.household;

/** 未婚, 初婚, 再婚, 离婚, 丧偶. */
public enum MaritalStatus {
    UNMARRIED, FIRST_MARRIAGE, REMARRIED, DIVORCED, WIDOWED;

    public boolean married() {
        return this == FIRST_MARRIAGE || this == REMARRIED;
    }
}
