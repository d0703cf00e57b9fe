package fpms.household.transfer;

import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.common.web.Texts;
import fpms.household.HouseholdType;
import fpms.household.IdNumber;
import fpms.household.Person;
import fpms.household.service.PersonRules;
import fpms.job.JobError;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns one spreadsheet row into a person to register, or into the errors that row has (row, column, value,
 * message) — with the same rules as the API: PersonRules for identity and dates, the same phone and code patterns.
 */
final class ImportRowParser {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.BASIC_ISO_DATE,
            DateTimeFormatter.ofPattern("M/d/yy"));
    /** Which column holds each field PersonRules may complain about. */
    private static final Map<String, ImportColumn> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("idNumber", ImportColumn.ID_NUMBER), Map.entry("birthDate", ImportColumn.ID_NUMBER),
            Map.entry("sex", ImportColumn.ID_NUMBER), Map.entry("marriageDate", ImportColumn.MARRIAGE_DATE),
            Map.entry("deathDate", ImportColumn.NAME), Map.entry("arrivalDate", ImportColumn.ARRIVAL_DATE),
            Map.entry("stayUntil", ImportColumn.STAY_UNTIL), Map.entry("departureDate", ImportColumn.DEPARTURE_DATE),
            Map.entry("residenceStatus", ImportColumn.RESIDENCE_STATUS));

    private final Map<ImportColumn, Integer> positions;
    private final Map<String, Long> villages;
    private final Map<String, String> ethnicities;
    private final LocalDate today;

    ImportRowParser(Map<ImportColumn, Integer> positions, Map<String, Long> villages, Map<String, String> ethnicities, LocalDate today) {
        this.positions = new EnumMap<>(positions);
        this.villages = villages;
        this.ethnicities = ethnicities;
        this.today = today;
    }

    /** The person of the row, or null when the row has errors (added to {@code errors}). */
    ImportedPerson parse(int row, List<String> cells, List<JobError> errors) {
        int before = errors.size();
        Cells c = new Cells(row, cells, errors);
        Long village = null;
        String villageName = c.required(ImportColumn.VILLAGE);
        if (villageName != null) {
            village = villages.get(villageName);
            if (village == null) {
                c.error(ImportColumn.VILLAGE, villageName, Message.of(villages.containsKey("#ambiguous:" + villageName)
                        ? "import.village.ambiguous" : "import.village.unknown"));
            }
        }
        String code = c.required(ImportColumn.HOUSEHOLD_CODE);
        if (code != null && !CODE.matcher(code).matches()) {
            c.error(ImportColumn.HOUSEHOLD_CODE, code, Message.of("household.code.pattern"));
        }
        String address = c.required(ImportColumn.ADDRESS);
        HouseholdType type = c.label(ImportColumn.HOUSEHOLD_TYPE, Labels.HOUSEHOLD_TYPE, true);
        Person p = new Person();
        p.name = c.required(ImportColumn.NAME);
        p.relation = c.label(ImportColumn.RELATION, Labels.RELATION, true);
        String rawId = c.required(ImportColumn.ID_NUMBER);
        if (rawId != null) {
            try {
                IdNumber id = PersonRules.identity(rawId, null, null, today);
                p.idNumber = id.value();
                p.birthDate = id.birthDate();
                p.sex = id.sex();
            } catch (ProblemException e) {
                c.error(ImportColumn.ID_NUMBER, rawId, firstMessage(e));
            }
        }
        String ethnicity = c.optional(ImportColumn.ETHNICITY);
        if (ethnicity != null) {
            p.ethnicityCode = ethnicities.get(ethnicity);
            if (p.ethnicityCode == null) {
                c.error(ImportColumn.ETHNICITY, ethnicity, Message.of("import.ethnicity.unknown"));
            }
        }
        p.phone = c.optional(ImportColumn.PHONE);
        if (p.phone != null && !PHONE.matcher(p.phone).matches()) {
            c.error(ImportColumn.PHONE, p.phone, Message.of("phone.pattern"));
        }
        p.maritalStatus = c.label(ImportColumn.MARITAL_STATUS, Labels.MARITAL, false);
        p.marriageDate = c.date(ImportColumn.MARRIAGE_DATE);
        var residence = c.label(ImportColumn.RESIDENCE_STATUS, Labels.RESIDENCE, false);
        p.residenceStatus = residence == null ? fpms.household.ResidenceStatus.REGISTERED : residence;
        p.originRegion = c.optional(ImportColumn.ORIGIN_REGION);
        p.arrivalDate = c.date(ImportColumn.ARRIVAL_DATE);
        p.stayUntil = c.date(ImportColumn.STAY_UNTIL);
        p.destination = c.optional(ImportColumn.DESTINATION);
        p.departureDate = c.date(ImportColumn.DEPARTURE_DATE);
        if (errors.size() == before && p.birthDate != null) {
            try {
                PersonRules.dates(p, today);
            } catch (ProblemException e) {
                ProblemException.Invalid f = e.errors().get(0);
                ImportColumn column = FIELD_COLUMNS.getOrDefault(f.field(), ImportColumn.NAME);
                c.error(column, c.raw(column), f.message());
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new ImportedPerson(row, village, code, address, type, p);
    }

    private static Message firstMessage(ProblemException e) {
        return e.errors() == null || e.errors().isEmpty() ? e.detail() : e.errors().get(0).message();
    }

    /** The cells of one row, read by column, collecting errors. */
    private final class Cells {
        private final int row;
        private final List<String> cells;
        private final List<JobError> errors;

        Cells(int row, List<String> cells, List<JobError> errors) {
            this.row = row;
            this.cells = cells;
            this.errors = errors;
        }

        String raw(ImportColumn column) {
            Integer i = positions.get(column);
            return i == null || i >= cells.size() ? "" : cells.get(i);
        }

        /** The cell's text, or null when it is empty or refused: too long, a NUL, or (name, address) nothing visible. */
        String optional(ImportColumn column) {
            String v = raw(column);
            if (v.isEmpty()) {
                return null;
            }
            if (v.length() > column.maxLength) {
                error(column, v.substring(0, column.maxLength) + "…", Message.of("import.cell.too-long", column.maxLength));
            } else if (v.indexOf('\u0000') >= 0) {
                error(column, v.replace('\u0000', ' '), Message.of("value.nul"));
            } else if ((column == ImportColumn.NAME || column == ImportColumn.ADDRESS) && !Texts.isVisible(v)) {
                error(column, v, Message.of("text.visible"));
            } else {
                return v;
            }
            return null;
        }

        String required(ImportColumn column) {
            String v = optional(column);
            if (v == null && raw(column).isEmpty()) {
                error(column, "", Message.of("import.cell.empty"));
            }
            return v;
        }

        <E extends Enum<E>> E label(ImportColumn column, Map<E, String> labels, boolean required) {
            String v = required ? required(column) : optional(column);
            if (v == null) {
                return null;
            }
            return Labels.parse(labels, v).orElseGet(() -> {
                error(column, v, Message.of("value.one-of", Labels.allOf(labels)));
                return null;
            });
        }

        LocalDate date(ImportColumn column) {
            String v = optional(column);
            if (v == null) {
                return null;
            }
            for (DateTimeFormatter f : DATES) {
                try {
                    return LocalDate.parse(v, f);
                } catch (DateTimeParseException ignored) {
                    // try the next format
                }
            }
            error(column, v, Message.of("import.cell.date"));
            return null;
        }

        void error(ImportColumn column, String value, Message message) {
            errors.add(column.error(row, value, message));
        }
    }

    static List<JobError> headerErrors(Map<ImportColumn, Integer> positions) {
        List<JobError> errors = new ArrayList<>();
        for (ImportColumn c : ImportColumn.values()) {
            if (c.required && !positions.containsKey(c)) {
                errors.add(new JobError(1, c.header, "", Message.of("import.column.missing", c.header)));
            }
        }
        return errors;
    }
}
