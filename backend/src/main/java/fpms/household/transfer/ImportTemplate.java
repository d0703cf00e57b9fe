package fpms.household.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The .xlsx template of the register import: Chinese headers, one example row, every cell text (so IDs keep all 18 characters). */
public final class ImportTemplate {

    private ImportTemplate() {
    }

    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            DataFormat formats = wb.createDataFormat();
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            CellStyle header = wb.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet sheet = wb.createSheet("户籍导入");
            Row head = sheet.createRow(0);
            Row example = sheet.createRow(1);
            ImportColumn[] columns = ImportColumn.values();
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(columns[i].header + (columns[i].required ? "*" : ""));
                head.getCell(i).setCellStyle(header);
                example.createCell(i).setCellValue(columns[i].example);
                example.getCell(i).setCellStyle(text);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, (columns[i] == ImportColumn.ID_NUMBER ? 22 : 14) * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = wb.createSheet("填写说明");
            List<String> lines = List.of(
                    "每行一人；同一村居、同一户编号的行属于同一户，新户须有且只有一行“户主”。",
                    "带 * 的列必填。身份证号须为18位（末位 X 大小写均可），出生日期和性别由身份证号得出。",
                    "户类型：" + Labels.allOf(Labels.HOUSEHOLD_TYPE) + "；与户主关系：" + Labels.allOf(Labels.RELATION),
                    "婚姻状况：" + Labels.allOf(Labels.MARITAL) + "；居住状态：" + Labels.allOf(Labels.RESIDENCE),
                    "民族填名称（如 汉族、回族）；日期格式 yyyy-MM-dd（如 2018-07-01）；联系电话为11位手机号或座机号。",
                    "村居填本辖区内村（社区）的名称。也可另存为 CSV（UTF-8 或 GBK）上传，首行为列名。",
                    "默认“全部正确才导入”：任何一行有误则不导入任何数据，并给出逐行错误报告。");
            for (int i = 0; i < lines.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            help.setColumnWidth(0, 110 * 256);
            wb.write(out);
        }
    }

    /** Headers without the required-marker, for matching an uploaded file. */
    static String plain(String header) {
        return header.endsWith("*") ? header.substring(0, header.length() - 1) : header;
    }

}
