package fpms.household.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of an uploaded .xlsx (first sheet, streamed with SAX, so a 50 MB file never sits in memory as a
 * workbook) or .csv (UTF-8 with or without BOM, or GBK as Excel saves it on Chinese Windows).
 */
public final class SpreadsheetRows {

    /** Receives rows in order: 1-based row number (as the user sees it) and the cell texts, trimmed. */
    @FunctionalInterface
    public interface Handler {
        void row(int number, List<String> cells);
    }

    private static final Charset GBK = Charset.forName("GBK");

    private SpreadsheetRows() {
    }

    public static void read(Path file, Handler handler) throws IOException {
        if (isZip(file)) {
            readXlsx(file, handler);
        } else {
            readCsv(file, handler);
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        }
    }

    /** UTF-8 when the bytes decode as UTF-8, else GBK. */
    static Charset charsetOf(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GBK;
        }
    }

    private static void readCsv(Path file, Handler handler) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Charset charset = charsetOf(bytes);
        String text = new String(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader reader = new StringReader(text);
                CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(c -> cells.add(c.trim()));
                handler.row(number, cells);
            }
        }
    }

    private static void readXlsx(Path file, Handler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = new BufferedInputStream(sheets.next())) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(handler),
                        new DataFormatter(java.util.Locale.ROOT), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("The file is not a readable .xlsx workbook", e);
        }
    }

    /** Turns the SAX callbacks into whole rows, filling skipped (empty) cells. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Handler handler;
        private List<String> cells;

        RowCollector(Handler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = column(reference);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.trim());
        }

        private static int column(String reference) {
            int c = 0;
            for (char ch : reference.toCharArray()) {
                if (Character.isLetter(ch)) {
                    c = c * 26 + (ch - 'A' + 1);
                } else {
                    break;
                }
            }
            return c - 1;
        }
    }
}
