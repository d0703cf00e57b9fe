package fpms.household.transfer;

import fpms.common.i18n.Message;
import fpms.household.Masking;
import fpms.job.JobError;

/** The columns of the register import template, in order, with their Chinese headers and the most characters a cell takes. */
public enum ImportColumn {
    VILLAGE("村居", true, "黑林村", 50),
    HOUSEHOLD_CODE("户编号", true, "HL-0101", 32),
    ADDRESS("户地址", true, "黑林村一组101号", 200),
    HOUSEHOLD_TYPE("户类型", true, "户籍", 16),
    NAME("姓名", true, "马建国", 50),
    ID_NUMBER("身份证号", true, "640502198001011234", 32),
    RELATION("与户主关系", true, "户主", 16),
    ETHNICITY("民族", false, "回族", 20),
    PHONE("联系电话", false, "13995512345", 20),
    MARITAL_STATUS("婚姻状况", false, "初婚", 16),
    MARRIAGE_DATE("结婚日期", false, "2005-10-01", 20),
    RESIDENCE_STATUS("居住状态", false, "户籍", 16),
    ORIGIN_REGION("流入来源地", false, "", 100),
    ARRIVAL_DATE("到达日期", false, "", 20),
    STAY_UNTIL("预计居住至", false, "", 20),
    DESTINATION("流出去向", false, "", 100),
    DEPARTURE_DATE("离开日期", false, "", 20);

    public final String header;
    public final boolean required;
    public final String example;
    public final int maxLength;

    /** A problem of this column in a row; the report shows an ID number or a phone masked, as every list does. */
    JobError error(int row, String value, Message message) {
        return new JobError(row, header, reported(value), message);
    }

    private String reported(String value) {
        return switch (this) {
            case ID_NUMBER -> Masking.idNumber(value);
            case PHONE -> Masking.phone(value);
            default -> value;
        };
    }

    ImportColumn(String header, boolean required, String example, int maxLength) {
        this.header = header;
        this.required = required;
        this.example = example;
        this.maxLength = maxLength;
    }
}
