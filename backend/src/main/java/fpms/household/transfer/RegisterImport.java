package fpms.household.transfer;

import fpms.audit.AuditTrail;
import fpms.common.i18n.Message;
import fpms.common.scope.PastScope;
import fpms.common.time.AppClock;
import fpms.household.Ethnicity;
import fpms.household.Household;
import fpms.household.Relation;
import fpms.job.JobError;
import fpms.job.JobFailure;
import fpms.job.JobProgress;
import fpms.org.OrgLevel;
import fpms.org.OrgUnit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Imports households with their members from a spreadsheet, as a job. Rows are parsed as they are read (the same
 * rules as the API); then ONE transaction checks them against the register (duplicate ID numbers, one head per
 * household, with the existing households locked) and writes either everything (or, in VALID_ROWS_ONLY mode, the
 * valid rows) or nothing. A write that meets a record committed meanwhile (the unique index) is checked and written
 * again, so that record becomes a row error. Every failure ends with a reason the user can read.
 */
@ApplicationScoped
public class RegisterImport {

    public enum Mode { ALL_OR_NOTHING, VALID_ROWS_ONLY }

    public static final String KIND = "PERSON_IMPORT";
    private static final Logger LOG = Logger.getLogger(RegisterImport.class);
    private static final int PROGRESS_EVERY = 2000;
    private static final int PARSE_BATCH = 2000;
    /** The progress bar moves at most twice a second (each move is a write of the job). */
    private static final long PROGRESS_NANOS = 500_000_000L;
    private static final int WRITE_TIMEOUT_SECONDS = 900;
    /** Check-and-write attempts when another transaction committed a conflicting record in between. */
    private static final int ATTEMPTS = 3;
    /** unique_violation, serialization_failure, deadlock_detected: the register changed under the write. */
    private static final Set<String> RACES = Set.of("23505", "40001", "40P01");

    @Inject
    AppClock clock;

    @Inject
    PastScope pastScope;

    @Inject
    EntityManager em;

    @Inject
    RegisterBulkWriter writer;

    @Inject
    AuditTrail audit;

    public Message run(Path file, Mode mode, JobProgress progress) throws IOException {
        try {
            return importFile(file, mode, progress);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The rows read so far: the valid ones (to write) and the problems of the others. */
    private static final class Rows {
        ImportRowParser parser;
        int count;
        long progressShown = System.nanoTime();
        final List<ImportedPerson> valid = new ArrayList<>();
        final ImportErrors errors = new ImportErrors();
    }

    private Message importFile(Path file, Mode mode, JobProgress progress) throws IOException {
        long t0 = System.nanoTime();
        Map<String, Long> villages = QuarkusTransaction.requiringNew().call(RegisterImport::villages);
        Map<String, String> ethnicities = QuarkusTransaction.requiringNew().call(RegisterImport::ethnicities);
        Rows rows = new Rows();
        List<RawRow> batch = new ArrayList<>(PARSE_BATCH);
        SpreadsheetRows.read(file, (number, cells) -> {
            if (cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            if (rows.parser == null) {
                rows.parser = new ImportRowParser(checkedHeader(cells, progress), villages, ethnicities, clock.today());
                return;
            }
            batch.add(new RawRow(number, cells));
            if (batch.size() == PARSE_BATCH) {
                parse(batch, rows, progress);
            }
        });
        if (rows.parser == null) {
            checkedHeader(List.of(), progress);
        }
        parse(batch, rows, progress);
        progress.total(rows.count);
        progress.done(rows.count);
        long tParse = System.nanoTime();
        RegisterBulkWriter.Written written = checkAndWrite(rows, mode, progress.jobId());
        ImportErrors errors = rows.errors;
        progress.errors(errors.listed());
        LOG.infof("Import job %d: %d rows read and parsed in %d ms, checked and written in %d ms", progress.jobId(), rows.count,
                (tParse - t0) / 1_000_000, (System.nanoTime() - tParse) / 1_000_000);
        if (written == null) {
            throw new ImportRefused(errors.unlisted() == 0 ? Message.of("import.refused.rows", errors.count(), errors.rowCount())
                    : Message.of("import.refused.rows.unlisted", errors.count(), errors.rowCount(), ImportErrors.LISTED,
                            errors.unlisted()));
        }
        if (errors.isEmpty()) {
            return Message.of("import.done", written.persons(), written.newHouseholds());
        }
        return errors.unlisted() == 0
                ? Message.of("import.done.skipped", written.persons(), written.newHouseholds(), errors.rowCount())
                : Message.of("import.done.skipped.unlisted", written.persons(), written.newHouseholds(), errors.rowCount(),
                        ImportErrors.LISTED, errors.unlisted());
    }

    private record RawRow(int number, List<String> cells) {
    }

    /** One row parsed: the person, or null and its problems. */
    private record ParsedRow(ImportedPerson person, List<JobError> errors) {
    }

    /**
     * Parses a batch of rows on both cores (the database waits meanwhile), then keeps them in file order; a batch bounds
     * what is held of the file's text.
     */
    private static void parse(List<RawRow> batch, Rows rows, JobProgress progress) {
        List<ParsedRow> parsed = batch.parallelStream().map(r -> {
            List<JobError> errors = new ArrayList<>(0);
            return new ParsedRow(rows.parser.parse(r.number(), r.cells(), errors), errors);
        }).toList();
        for (ParsedRow r : parsed) {
            if (r.person() != null) {
                rows.valid.add(r.person());
            }
            rows.errors.addAll(r.errors());
            if (++rows.count % PROGRESS_EVERY == 0 && System.nanoTime() - rows.progressShown > PROGRESS_NANOS) {
                progress.done(rows.count);
                rows.progressShown = System.nanoTime();
            }
        }
        batch.clear();
    }

    /** The columns of the header row; a missing one refuses the file (with the report) before any row is read. */
    private static Map<ImportColumn, Integer> checkedHeader(List<String> header, JobProgress progress) {
        Map<ImportColumn, Integer> positions = positions(header);
        List<JobError> headerErrors = ImportRowParser.headerErrors(positions);
        if (!headerErrors.isEmpty()) {
            progress.errors(headerErrors);
            throw new ImportRefused(Message.of("import.refused.columns"));
        }
        return positions;
    }

    /**
     * Checks the valid rows against the register and writes them, in one transaction; again when the write met a
     * record that another transaction committed after the check. Null when the rows are refused (ALL_OR_NOTHING).
     * The problems of the last check join the report.
     */
    private RegisterBulkWriter.Written checkAndWrite(Rows rows, Mode mode, long jobId) {
        for (int attempt = 1; ; attempt++) {
            ImportErrors found = new ImportErrors(); // bounded: a file of a million registered numbers lists 10 000
            AtomicInteger outside = new AtomicInteger();
            try {
                RegisterBulkWriter.Written written = QuarkusTransaction.requiringNew().timeout(WRITE_TIMEOUT_SECONDS).call(() -> {
                    List<ImportedPerson> fresh = withoutDuplicateIds(rows.valid, found, outside);
                    Map<ImportedPerson.HouseholdKey, Household> existing = writer.lockedHouseholds(
                            fresh.stream().map(ImportedPerson::household).collect(Collectors.toSet()));
                    List<ImportedPerson> toWrite = withHeads(fresh, existing, found);
                    if (mode == Mode.ALL_OR_NOTHING && !(rows.errors.isEmpty() && found.isEmpty())) {
                        return null;
                    }
                    return writer.write(toWrite, existing, jobId);
                });
                rows.errors.addAll(found);
                if (outside.get() > 0) { // the answer tells that these numbers exist: audited, with their count
                    audit.lookedUpOutside("Job", jobId, Message.of("audit.reason.import-looked-up-outside", outside.get()));
                }
                return written;
            } catch (RuntimeException e) {
                String state = raceState(e);
                if (state == null) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new ImportRefused(Message.of("import.register-changed"));
                }
                LOG.infof("Import job %d: the register changed while writing (SQL state %s); checking again", jobId, state);
            }
        }
    }

    private static String raceState(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && RACES.contains(sql.getSQLState())) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static Map<ImportColumn, Integer> positions(List<String> header) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String h = ImportTemplate.plain(header.get(i).replace("\uFEFF", "").trim());
            for (ImportColumn c : ImportColumn.values()) {
                if (c.header.equals(h)) {
                    positions.put(c, i);
                }
            }
        }
        return positions;
    }

    /** The villages of the caller's area by name; a name used twice is marked ambiguous. */
    private static Map<String, Long> villages() {
        Map<String, Long> byName = new HashMap<>();
        for (OrgUnit v : OrgUnit.<OrgUnit>list("level", OrgLevel.VILLAGE)) {
            if (byName.putIfAbsent(v.name, v.id) != null) {
                byName.put("#ambiguous:" + v.name, v.id);
            }
        }
        byName.keySet().stream().filter(k -> k.startsWith("#ambiguous:")).toList()
                .forEach(k -> byName.remove(k.substring("#ambiguous:".length())));
        return byName;
    }

    private static Map<String, String> ethnicities() {
        return Ethnicity.<Ethnicity>listAll().stream().collect(Collectors.toMap(e -> e.name, e -> e.code));
    }

    /**
     * One person per ID number: a number twice in the file, or already in the register, is an error; how many of
     * those are registered outside the caller's area goes to {@code outside}.
     */
    private List<ImportedPerson> withoutDuplicateIds(List<ImportedPerson> rows, ImportErrors errors, AtomicInteger outside) {
        Map<String, Integer> firstRow = new HashMap<>();
        List<ImportedPerson> kept = new ArrayList<>();
        for (ImportedPerson p : rows) {
            Integer first = firstRow.putIfAbsent(p.person().idNumber, p.row());
            if (first != null) {
                errors.add(ImportColumn.ID_NUMBER.error(p.row(), p.person().idNumber, Message.of("import.id-number.repeated", first)));
            } else {
                kept.add(p);
            }
        }
        Set<String> registered = new HashSet<>();
        List<String> ids = new ArrayList<>(firstRow.keySet());
        pastScope.run(PastScope.Reason.DUPLICATE_ID, () -> { // anywhere in the province
            for (int i = 0; i < ids.size(); i += 5000) {
                @SuppressWarnings("unchecked")
                List<String> found = em.createNativeQuery(
                                "select id_number from person where id_number = any(cast(?1 as varchar[])) and status = 'ACTIVE'")
                        .setParameter(1, ids.subList(i, Math.min(ids.size(), i + 5000)).toArray(new String[0])).getResultList();
                registered.addAll(found);
            }
        });
        if (registered.isEmpty()) {
            return kept;
        }
        List<String> all = new ArrayList<>(registered);
        int visible = 0;
        for (int i = 0; i < all.size(); i += 5000) { // the same numbers in the caller's own scope
            visible += ((Number) em.createNativeQuery(
                            "select count(*) from person where id_number = any(cast(?1 as varchar[])) and status = 'ACTIVE'")
                    .setParameter(1, all.subList(i, Math.min(all.size(), i + 5000)).toArray(new String[0])).getSingleResult()).intValue();
        }
        outside.set(all.size() - visible);
        List<ImportedPerson> fresh = new ArrayList<>();
        for (ImportedPerson p : kept) {
            if (registered.contains(p.person().idNumber)) {
                errors.add(ImportColumn.ID_NUMBER.error(p.row(), p.person().idNumber, Message.of("import.id-number.registered")));
            } else {
                fresh.add(p);
            }
        }
        return fresh;
    }

    /** A new household needs exactly one head among its rows; an existing one (locked until the write) takes no second head. */
    private static List<ImportedPerson> withHeads(List<ImportedPerson> rows, Map<ImportedPerson.HouseholdKey, Household> existing,
            ImportErrors errors) {
        Map<ImportedPerson.HouseholdKey, List<ImportedPerson>> byHousehold = rows.stream()
                .collect(Collectors.groupingBy(ImportedPerson::household, LinkedHashMap::new, Collectors.toList()));
        List<ImportedPerson> kept = new ArrayList<>();
        byHousehold.forEach((key, members) -> {
            long heads = members.stream().filter(m -> m.person().relation == Relation.HEAD).count();
            Household h = existing.get(key);
            Message problem = h == null
                    ? (heads == 1 ? null : Message.of("import.household.heads", key.code(), heads))
                    : heads > 0 && h.headId != null ? Message.of("import.household.has-head", key.code())
                    : heads > 1 ? Message.of("import.household.heads", key.code(), heads) : null;
            if (h != null && h.status != Household.Status.ACTIVE) {
                problem = Message.of("household.closed", key.code());
            }
            if (problem == null) {
                kept.addAll(members);
            } else {
                for (ImportedPerson m : members) {
                    errors.add(ImportColumn.RELATION.error(m.row(), Labels.RELATION.get(m.person().relation), problem));
                }
            }
        });
        return kept;
    }

    /** The import did not write anything, for the reason given (the job fails with it). */
    static final class ImportRefused extends JobFailure {
        ImportRefused(Message reason) {
            super(reason);
        }
    }
}
