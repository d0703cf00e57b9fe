package fpms.household.transfer;

import fpms.common.i18n.Message;
import fpms.job.JobFailure;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
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
import org.jboss.logging.Logger;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of an uploaded .xlsx (first sheet, streamed with SAX, so a 50 MB file never sits in memory as a
 * workbook) or .csv (UTF-8 with or without BOM, or GBK as Excel saves it on Chinese Windows), one row at a time.
 * A file that cannot be read as rows ends the reading with {@link Unreadable}, which says why in the catalogue's words.
 */
public final class SpreadsheetRows {

    /** Receives rows in order: 1-based row number (as the user sees it) and the cell texts, trimmed. */
    @FunctionalInterface
    public interface Handler {
        void row(int number, List<String> cells);
    }

    /** The file is not a spreadsheet this reader understands; the reason is for the user. */
    public static final class Unreadable extends JobFailure {
        Unreadable(Message reason) {
            super(reason);
        }
    }

    private static final Logger LOG = Logger.getLogger(SpreadsheetRows.class);
    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] ZIP = {'P', 'K'};
    /** The compound-file header of Excel 97–2003 workbooks (and of password-protected .xlsx). */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int BUFFER = 1 << 16;

    private SpreadsheetRows() {
    }

    public static void read(Path file, Handler handler) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(OLE2.length);
        }
        if (startsWith(head, ZIP)) {
            readXlsx(file, handler);
        } else if (startsWith(head, OLE2)) {
            throw new Unreadable(Message.of("import.file.xls"));
        } else {
            readCsv(file, handler);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** UTF-8 when the bytes decode as UTF-8, else GBK, read in chunks; a NUL byte means the file is no text at all. */
    static Charset charsetOf(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean valid = true;
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER); // n bytes of UTF-8 never make more than n chars: no overflow
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(in) < 0;
                in.flip();
                for (int i = in.position(); i < in.limit(); i++) {
                    if (in.get(i) == 0) {
                        throw new Unreadable(Message.of("import.file.not-text"));
                    }
                }
                if (valid) {
                    valid = !utf8.decode(in, out, end).isError();
                    out.clear();
                }
                if (!valid) {
                    in.position(in.limit());
                }
                in.compact();
            }
        }
        return valid ? StandardCharsets.UTF_8 : GBK;
    }

    private static void readCsv(Path file, Handler handler) throws IOException {
        Charset charset = charsetOf(file);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), BUFFER)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            int number = 0;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (RuntimeException e) { // the parser's IOException, unchecked
                    if (e.getCause() instanceof CSVException) { // a quote that never closes, or text after a closing quote
                        throw new Unreadable(Message.of("import.file.quote", line));
                    }
                    throw e;
                }
                number++;
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(c -> cells.add(c.trim()));
                handler.row(number, cells);
            }
        }
    }

    private static void readXlsx(Path file, Handler handler) throws IOException {
        RowCollector rows = new RowCollector(handler);
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
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows,
                        new DataFormatter(java.util.Locale.ROOT), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (Exception e) {
            if (rows.failure != null) {
                throw rows.failure; // the handler's own failure, not the file's
            }
            LOG.infof("An uploaded .xlsx is not readable: %s", e.getClass().getName()); // its message may quote a cell
            throw new Unreadable(Message.of("import.file.damaged"));
        }
    }

    /** Turns the SAX callbacks into whole rows, filling skipped (empty) cells; keeps what the handler threw. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Handler handler;
        private List<String> cells;
        private RuntimeException failure;

        RowCollector(Handler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                handler.row(rowNum + 1, cells);
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
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
