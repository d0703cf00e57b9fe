package fpms.household.transfer;

import fpms.audit.AuditTrail;
import fpms.common.i18n.Catalogue;
import fpms.common.paging.PageQuery;
import fpms.common.time.AppClock;
import fpms.household.Household;
import fpms.household.Person;
import fpms.household.service.PersonSearch;
import fpms.org.OrgUnit;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;

/**
 * Exports a filtered list of the register as .xlsx or .csv, streamed: rows are read with a database cursor and
 * written as they come (SXSSF keeps 100 rows in memory), so memory does not grow with the number of rows.
 * Identifiers are masked, as in every list; an empty field (a newborn's ID number, a phone, a household) is an empty cell.
 *
 * <p>An export is its own read-only transaction with a long timeout ({@value #TIMEOUT_PROPERTY}), not the 60 s
 * default: a province (7 M persons) takes minutes to stream, and a slow download more. It stays on the Hibernate
 * session, so the one scope filter applies as everywhere; the bound only keeps a stuck download from holding its
 * snapshot (and a connection) for ever.
 */
@ApplicationScoped
public class RegisterExport {

    public enum Format { XLSX, CSV }

    static final List<String> PERSON_HEADERS = List.of("村居", "户编号", "姓名", "性别", "出生日期", "身份证号", "与户主关系", "民族",
            "联系电话", "婚姻状况", "结婚日期", "居住状态", "流入来源地", "到达日期", "预计居住至", "流出去向", "离开日期", "死亡日期");
    static final List<String> HOUSEHOLD_HEADERS = List.of("村居", "户编号", "户地址", "户类型", "户主", "状态", "注销日期", "注销原因");
    private static final int FETCH = 1000;
    static final String TIMEOUT_PROPERTY = "fpms.export.transaction-timeout-seconds";

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeoutFromConfigProperty = TIMEOUT_PROPERTY)
    public void persons(PersonSearch search, Format format, Map<String, String> filter, OutputStream out) {
        readOnly();
        PersonSearch.Query q = search.toQuery(clock.today(), new PageQuery(0, 1, null));
        Map<Long, String> villages = villageNames();
        Map<String, String> ethnicities = ethnicities();
        String hql = "select p, h.code " + q.statement().replaceFirst("from Person p", "from Person p left join Household h on h.id = p.householdId")
                + " order by p.orgUnitId, h.code, p.id";
        write("persons", filter, format, out, PERSON_HEADERS, hql, q.params(), row -> {
            Person p = (Person) row[0];
            return List.of(villages.getOrDefault(p.orgUnitId, ""), text(row[1]), p.name, Labels.SEX.get(p.sex), text(p.birthDate),
                    text(p.maskedIdNumber()), p.relation == null ? "" : Labels.RELATION.get(p.relation),
                    ethnicities.getOrDefault(p.ethnicityCode, ""),
                    text(p.maskedPhone()), p.maritalStatus == null ? "" : Labels.MARITAL.get(p.maritalStatus), text(p.marriageDate),
                    Labels.RESIDENCE.get(p.residenceStatus), text(p.originRegion), text(p.arrivalDate), text(p.stayUntil),
                    text(p.destination), text(p.departureDate), text(p.deathDate));
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeoutFromConfigProperty = TIMEOUT_PROPERTY)
    public void households(String where, Map<String, Object> params, Format format, Map<String, String> filter, OutputStream out) {
        readOnly();
        Map<Long, String> villages = villageNames();
        String hql = "select h, p.name from Household h left join Person p on p.id = h.headId"
                + (where.isEmpty() ? "" : " where " + where) + " order by h.orgUnitId, h.code";
        write("households", filter, format, out, HOUSEHOLD_HEADERS, hql, params, row -> {
            Household h = (Household) row[0];
            return List.of(villages.getOrDefault(h.orgUnitId, ""), h.code, h.address, Labels.HOUSEHOLD_TYPE.get(h.type), text(row[1]),
                    h.status == Household.Status.ACTIVE ? "在册" : "已注销", text(h.closedOn), text(h.closedReasonIn(Catalogue.CHINESE)));
        });
    }

    /** The database refuses any write in the export's transaction; must come first in it. */
    private void readOnly() {
        em.createNativeQuery("set transaction read only").executeUpdate();
    }

    /** Writes the rows and audits the export: who, which filter, the format and how many rows (also when it broke off). */
    private void write(String what, Map<String, String> filter, Format format, OutputStream out, List<String> headers, String hql,
            Map<String, Object> params, java.util.function.Function<Object[], List<String>> toCells) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        var query = session.createSelectionQuery(hql, Object[].class).setFetchSize(FETCH);
        params.forEach(query::setParameter);
        AtomicLong written = new AtomicLong();
        boolean complete = false;
        try (ScrollableResults<Object[]> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
            if (format == Format.CSV) {
                csv(out, headers, rows, toCells, session, written);
            } else {
                xlsx(out, headers, rows, toCells, session, written);
            }
            complete = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            audit.exported(what, filter, format.name(), written.get(), complete);
        }
    }

    private static void csv(OutputStream out, List<String> headers, ScrollableResults<Object[]> rows,
            java.util.function.Function<Object[], List<String>> toCells, Session session, AtomicLong written) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF'); // so that Excel reads UTF-8
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(headers);
        while (rows.next()) {
            printer.printRecord(toCells.apply(rows.get()).stream().map(RegisterExport::inert).toList());
            if (written.incrementAndGet() % FETCH == 0) {
                session.clear();
            }
        }
        printer.flush();
    }

    /**
     * A CSV cell that a spreadsheet will not run as a formula (CSV injection): text starting with = + - @, a tab or a
     * carriage return gets a leading apostrophe, which the spreadsheet shows as text. An .xlsx cell is text anyway.
     */
    static String inert(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static void xlsx(OutputStream out, List<String> headers, ScrollableResults<Object[]> rows,
            java.util.function.Function<Object[], List<String>> toCells, Session session, AtomicLong written) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        wb.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = wb.createSheet("导出");
            fill(sheet.createRow(0), headers);
            int r = 1;
            while (rows.next()) {
                fill(sheet.createRow(r++), toCells.apply(rows.get()));
                written.incrementAndGet();
                if (r % FETCH == 0) {
                    session.clear();
                }
            }
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    private static void fill(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    private static Map<Long, String> villageNames() {
        return OrgUnit.<OrgUnit>listAll().stream().collect(Collectors.toMap(u -> u.id, u -> u.name));
    }

    private static Map<String, String> ethnicities() {
        return fpms.household.Ethnicity.<fpms.household.Ethnicity>listAll().stream().collect(Collectors.toMap(e -> e.code, e -> e.name));
    }

    private static String text(Object o) {
        return o == null ? "" : o instanceof LocalDate d ? d.toString() : o.toString();
    }

}
