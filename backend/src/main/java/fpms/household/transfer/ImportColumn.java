package fpms.household.transfer;

/** The columns of the register import template, in order, with their Chinese headers. */
public enum ImportColumn {
    VILLAGE("村居", true, "黑林村"),
    HOUSEHOLD_CODE("户编号", true, "HL-0101"),
    ADDRESS("户地址", true, "黑林村一组101号"),
    HOUSEHOLD_TYPE("户类型", true, "户籍"),
    NAME("姓名", true, "马建国"),
    ID_NUMBER("身份证号", true, "640502198001011234"),
    RELATION("与户主关系", true, "户主"),
    ETHNICITY("民族", false, "回族"),
    PHONE("联系电话", false, "13995512345"),
    MARITAL_STATUS("婚姻状况", false, "初婚"),
    MARRIAGE_DATE("结婚日期", false, "2005-10-01"),
    RESIDENCE_STATUS("居住状态", false, "户籍"),
    ORIGIN_REGION("流入来源地", false, ""),
    ARRIVAL_DATE("到达日期", false, ""),
    STAY_UNTIL("预计居住至", false, ""),
    DESTINATION("流出去向", false, ""),
    DEPARTURE_DATE("离开日期", false, "");

    public final String header;
    public final boolean required;
    public final String example;

    ImportColumn(String header, boolean required, String example) {
        this.header = header;
        this.required = required;
        this.example = example;
    }
}
