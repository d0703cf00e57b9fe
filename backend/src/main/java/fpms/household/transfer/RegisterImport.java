package fpms.household.transfer;

import fpms.common.i18n.Message;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Imports households with their members from a spreadsheet, as a job. Every row is checked first (the same rules
 * as the API, plus duplicates within the file and against the register, and one head per new household); then,
 * in ONE transaction, either everything is written (or, in VALID_ROWS_ONLY mode, the valid rows) or nothing.
 */
@ApplicationScoped
public class RegisterImport {

    public enum Mode { ALL_OR_NOTHING, VALID_ROWS_ONLY }

    public static final String KIND = "PERSON_IMPORT";
    private static final Logger LOG = Logger.getLogger(RegisterImport.class);
    private static final int PROGRESS_EVERY = 2000;

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    @Inject
    RegisterBulkWriter writer;

    public Message run(Path file, Mode mode, JobProgress progress) throws IOException {
        try {
            return importFile(file, mode, progress);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Message importFile(Path file, Mode mode, JobProgress progress) throws IOException {
        long t0 = System.nanoTime();
        List<List<String>> cells = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> header = new ArrayList<>();
        SpreadsheetRows.read(file, (number, row) -> {
            if (row.stream().allMatch(String::isEmpty)) {
                return;
            }
            if (header.isEmpty()) {
                header.addAll(row);
            } else {
                numbers.add(number);
                cells.add(row);
            }
        });
        progress.total(cells.size());
        Map<ImportColumn, Integer> positions = positions(header);
        List<JobError> headerErrors = ImportRowParser.headerErrors(positions);
        if (!headerErrors.isEmpty()) {
            progress.errors(headerErrors);
            throw new ImportRefused(Message.of("import.refused.columns"));
        }
        long tRead = System.nanoTime();
        ImportRowParser parser = QuarkusTransaction.requiringNew().call(() -> new ImportRowParser(positions, villages(), ethnicities(), clock.today()));
        List<JobError> errors = new ArrayList<>();
        List<ImportedPerson> valid = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            ImportedPerson p = parser.parse(numbers.get(i), cells.get(i), errors);
            if (p != null) {
                valid.add(p);
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.done(i + 1);
            }
        }
        long tParse = System.nanoTime();
        List<ImportedPerson> toWrite = QuarkusTransaction.requiringNew().call(() -> withHeads(withoutDuplicateIds(valid, errors), errors));
        long tCheck = System.nanoTime();
        errors.sort(Comparator.comparingInt(JobError::row));
        progress.errors(errors);
        if (!errors.isEmpty() && mode == Mode.ALL_OR_NOTHING) {
            progress.done(cells.size());
            throw new ImportRefused(Message.of("import.refused.rows", errors.size(), errors.stream().map(JobError::row).distinct().count()));
        }
        RegisterBulkWriter.Written written = QuarkusTransaction.requiringNew().timeout(900)
                .call(() -> writer.write(toWrite, progress.jobId()));
        progress.done(cells.size());
        LOG.infof("Import job %d: %d rows read in %d ms, parsed in %d ms, checked against the register in %d ms, written in %d ms",
                progress.jobId(), cells.size(), (tRead - t0) / 1_000_000, (tParse - tRead) / 1_000_000, (tCheck - tParse) / 1_000_000,
                (System.nanoTime() - tCheck) / 1_000_000);
        return errors.isEmpty() ? Message.of("import.done", written.persons(), written.newHouseholds())
                : Message.of("import.done.skipped", written.persons(), written.newHouseholds(), errors.stream().map(JobError::row).distinct().count());
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

    /** One person per ID number: a number twice in the file, or already in the register, is an error. */
    private List<ImportedPerson> withoutDuplicateIds(List<ImportedPerson> rows, List<JobError> errors) {
        Map<String, Integer> firstRow = new HashMap<>();
        List<ImportedPerson> kept = new ArrayList<>();
        for (ImportedPerson p : rows) {
            Integer first = firstRow.putIfAbsent(p.person().idNumber, p.row());
            if (first != null) {
                errors.add(new JobError(p.row(), ImportColumn.ID_NUMBER.header, p.person().idNumber, Message.of("import.id-number.repeated", first)));
            } else {
                kept.add(p);
            }
        }
        Set<String> registered = new HashSet<>();
        List<String> ids = new ArrayList<>(firstRow.keySet());
        for (int i = 0; i < ids.size(); i += 5000) {
            @SuppressWarnings("unchecked")
            List<String> found = em.createNativeQuery(
                            "select id_number from person where id_number = any(cast(?1 as varchar[])) and status = 'ACTIVE'")
                    .setParameter(1, ids.subList(i, Math.min(ids.size(), i + 5000)).toArray(new String[0])).getResultList();
            registered.addAll(found);
        }
        if (registered.isEmpty()) {
            return kept;
        }
        List<ImportedPerson> fresh = new ArrayList<>();
        for (ImportedPerson p : kept) {
            if (registered.contains(p.person().idNumber)) {
                errors.add(new JobError(p.row(), ImportColumn.ID_NUMBER.header, p.person().idNumber, Message.of("import.id-number.registered")));
            } else {
                fresh.add(p);
            }
        }
        return fresh;
    }

    /** A new household needs exactly one head among its rows; an existing one takes no second head. */
    private List<ImportedPerson> withHeads(List<ImportedPerson> rows, List<JobError> errors) {
        Map<ImportedPerson.HouseholdKey, List<ImportedPerson>> byHousehold = rows.stream()
                .collect(Collectors.groupingBy(ImportedPerson::household, LinkedHashMap::new, Collectors.toList()));
        Map<ImportedPerson.HouseholdKey, Household> existing = writer.existingHouseholds(byHousehold.keySet());
        List<ImportedPerson> kept = new ArrayList<>();
        byHousehold.forEach((key, members) -> {
            long heads = members.stream().filter(m -> m.person().relation == Relation.HEAD).count();
            Household h = existing.get(key);
            Message problem = h == null
                    ? (heads == 1 ? null : Message.of("import.household.heads", key.code(), heads))
                    : (heads > 0 && h.headId != null ? Message.of("import.household.has-head", key.code()) : null);
            if (h != null && h.status != Household.Status.ACTIVE) {
                problem = Message.of("household.closed", key.code());
            }
            if (problem == null) {
                kept.addAll(members);
            } else {
                for (ImportedPerson m : members) {
                    errors.add(new JobError(m.row(), ImportColumn.RELATION.header, Labels.RELATION.get(m.person().relation), problem));
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
