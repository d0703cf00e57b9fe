package fpms.household.service;

import fpms.common.jdbc.Like;
import fpms.common.jdbc.PrefixRange;
import fpms.common.paging.PageQuery;
import fpms.household.Person;
import fpms.household.ResidenceStatus;
import fpms.household.Sex;
import fpms.org.OrgUnit;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One search box for the register: a full ID number, its last 4+ characters, a phone, a household code or
 * a name — its beginning or end, or with one character wrong; best matches first (pg_trgm similarity) — plus filters.
 */
public record PersonSearch(String q, String villagePath, ResidenceStatus residenceStatus, Sex sex,
        Integer ageFrom, Integer ageTo, Boolean childbearingAge, boolean typos) {

    public PersonSearch(String q, String villagePath, ResidenceStatus residenceStatus, Sex sex, Integer ageFrom, Integer ageTo,
            Boolean childbearingAge) {
        this(q, villagePath, residenceStatus, sex, ageFrom, ageTo, childbearingAge, false);
    }

    /** The same search, also matching names with one character wrong (asked for when the exact one finds little). */
    public PersonSearch withTypos() {
        return new PersonSearch(q, villagePath, residenceStatus, sex, ageFrom, ageTo, childbearingAge, true);
    }

    /** Whether the text is searched as a name (and so could match with a typo). */
    public boolean byName() {
        String text = q == null ? "" : q.trim();
        return !text.isEmpty() && nameSearch(text);
    }

    private static final Pattern ID_TAIL = Pattern.compile("[0-9]{3,17}[0-9Xx]|[0-9]{4,18}");
    private static final Pattern MOBILE = Pattern.compile("1[0-9]{10}");
    /** Household codes are ASCII (letters, digits, '-'); names are not, so one text is never both. */
    private static final Pattern HOUSEHOLD_CODE = Pattern.compile("[A-Za-z0-9-]*[A-Za-z-][A-Za-z0-9-]*");
    private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}");
    /**
     * A name search in a small area (a town: ten units, a district: a few hundred: up to fpms.search.max-listed-units)
     * lists its org units, so that the database reads each one's range of the name indexes led by the org unit; a
     * wider one reads the plain name indexes, within the area's range of paths.
     */
    private static final String MAX_LISTED_UNITS = "fpms.search.max-listed-units";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "birthDate", "birthDate", "id", "id",
            "createdAt", "createdAt");

    /** A name matches a few persons in a village but thousands in a province: a name search shows this many at most. */
    public static final int NAME_MATCHES_SHOWN = 1000;

    /** The HQL condition and parameters of this search, for an as-of day (ages are counted on it); reads the caller's org units for a name. */
    public Query toQuery(LocalDate today, PageQuery paging) {
        Parameters params = new Parameters();
        List<String> where = new ArrayList<>(filters("p", today, params, false, villagePath));
        String text = q == null ? "" : q.trim();
        if (!text.isEmpty()) {
            String upper = text.toUpperCase();
            if (upper.length() == 18 && ID_TAIL.matcher(upper).matches()) {
                where.add("p.idNumber = :id");
                params.and("id", upper);
            } else if (MOBILE.matcher(text).matches() || LANDLINE.matcher(text).matches()) {
                where.add("p.phone = :phone");
                params.and("phone", text);
            } else if (ID_TAIL.matcher(upper).matches()) {
                where.add(PrefixRange.hql("p.idNumberReversed", "tail"));
                PrefixRange.bind(params, "tail", reversed(upper));
            } else if (HOUSEHOLD_CODE.matcher(text).matches()) {
                where.add("p.householdId in (select h.id from Household h where h.code = :code)");
                params.and("code", text);
            } else {
                String units = inUnits(params, false);
                List<String> selects = new ArrayList<>();
                for (String branch : nameBranches(text, params, "n.name", "n.nameReversed", false)) {
                    selects.add("select n.id from Person n where " + branch + units);
                }
                where.add("p.id in (" + String.join(" union all ", selects) + ")"); // all of them: a name search pages nameMatches
            }
        }
        return new Query("from Person p where " + String.join(" and ", where), params.map(), pageOrder(paging));
    }

    /**
     * For a name search ({@link #byName()}): SQL for the ids of the matching persons — best matches first unless the
     * page is sorted — at most {@link #NAME_MATCHES_SHOWN} + 1 (one more says there are more). Each alternative of the
     * name reads at most that many entries of its index range and stops; without other filters it reads the index
     * only (the plain name indexes hold the id, the org unit and only active persons, 010), so a province-wide search
     * of a common name reads a few thousand index entries and no table rows, and the ranking needs only those names.
     * SQL rather than HQL, because HQL allows a limit in a subquery only with an order, which would read whole ranges.
     * Row-level security keeps the search in the caller's scope. A small area's units are listed, for the planner (it
     * reads the indexes led by the org unit); a wide one (a district, the province) is no condition of the query: the
     * policy's check of each index entry is cheap, while a condition on org_unit (itself under a policy the planner
     * cannot estimate) made it join every unit to every entry — p95 0.7 s for a province-wide name.
     */
    public Query nameMatches(LocalDate today, PageQuery paging, String scopePath) {
        Parameters params = new Parameters();
        String text = q.trim();
        String units = inUnits(params, true);
        String area = units.isEmpty() && !Objects.equals(scopePath, villagePath) ? villagePath : null; // a wide area chosen
        String filters = filters("n", today, params, true, area).stream().map(f -> " and " + f).collect(Collectors.joining());
        List<String> selects = new ArrayList<>();
        // the whole name first, so that a capped search never leaves out those who bear exactly it
        selects.add("(select n.id, n.name from person n where n.name = :exact" + units + filters + " limit " + (NAME_MATCHES_SHOWN + 1) + ")");
        params.and("exact", text);
        for (String branch : nameBranches(text, params, "n.name", "n.name_reversed", true)) {
            selects.add("(select n.id, n.name from person n where " + branch + units + filters
                    + " limit " + (NAME_MATCHES_SHOWN + 1) + ")");
        }
        boolean ranked = paging.sort == null && text.codePointCount(0, text.length()) > 1;
        if (ranked) {
            params.and("rankBy", text);
        }
        String sql = "select x.id from (" + String.join(" union ", selects) + ") x order by "
                + (ranked ? "similarity(x.name, :rankBy) desc, " : "") + "x.id limit " + (NAME_MATCHES_SHOWN + 1);
        return new Query(sql, params.map(), null);
    }

    /** The filters other than the text, on the person called {@code alias} in HQL or, if {@code sql}, in SQL; in {@code area}. */
    private List<String> filters(String alias, LocalDate today, Parameters params, boolean sql, String area) {
        String p = alias + ".";
        List<String> where = new ArrayList<>();
        // a literal, which the planner matches with the name indexes' "active only"
        where.add(p + (sql ? "status = 'ACTIVE'" : "status = fpms.household.PersonStatus.ACTIVE"));
        if (area != null) {
            where.add(p + (sql ? "org_unit_id in (select o.id from org_unit o where o.path like :villagePath)"
                    : "orgUnitId in (select o.id from OrgUnit o where o.path like :villagePath)"));
            params.and("villagePath", area + "%");
        }
        if (residenceStatus != null) {
            where.add(p + (sql ? "residence_status" : "residenceStatus") + " = :residence");
            params.and("residence", sql ? residenceStatus.name() : residenceStatus);
        }
        if (sex != null) {
            where.add(p + "sex = :sex");
            params.and("sex", sql ? sex.name() : sex);
        }
        Integer from = ageFrom;
        Integer to = ageTo;
        if (Boolean.TRUE.equals(childbearingAge)) {
            where.add(p + "sex = :female and " + p + (sql ? "death_date" : "deathDate") + " is null");
            params.and("female", sql ? Sex.FEMALE.name() : Sex.FEMALE);
            from = Math.max(from == null ? 0 : from, Person.CHILDBEARING_FROM);
            to = Math.min(to == null ? 200 : to, Person.CHILDBEARING_TO);
        }
        String birthDate = p + (sql ? "birth_date" : "birthDate");
        if (from != null) {
            where.add(birthDate + " <= :bornBy");
            params.and("bornBy", today.minusYears(from));
        }
        if (to != null) {
            where.add(birthDate + " > :bornAfter");
            params.and("bornAfter", today.minusYears(to + 1L));
        }
        return where;
    }

    /** The order of a page asked for (HQL, person "p"), by id unless sorted. */
    public static String pageOrder(PageQuery paging) {
        Sort sort = paging.sort(SORTABLE, "id", Sort.Direction.Ascending);
        List<String> columns = new ArrayList<>();
        for (Sort.Column c : sort.getColumns()) {
            columns.add("p." + c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"));
        }
        return String.join(", ", columns);
    }

    /**
     * The alternatives of a name, each ONE prefix range of the name or of the reversed name: it starts with the text
     * (a surname, a whole name), ends with it (a given name), or, when asked for and from three characters on, has
     * the same length with one character different (a typo: "马_兰", read from the side with more known characters).
     * They are united rather than OR-ed, so that the database reads exactly those ranges, whatever the planner would
     * guess for an OR of ranges.
     */
    private List<String> nameBranches(String text, Parameters params, String name, String reversedName, boolean sql) {
        int[] chars = text.codePoints().toArray();
        List<String> branches = new ArrayList<>();
        branches.add(beginsWith(name, "prefix", text, null, params, sql));
        branches.add(beginsWith(reversedName, "suffix", reversed(text), null, params, sql));
        if (typos && chars.length >= 3 && chars.length <= 6) {
            for (int i = 0; i < chars.length; i++) {
                String before = new String(chars, 0, i);
                String after = new String(chars, i + 1, chars.length - i - 1);
                boolean forwards = i > chars.length - i - 1;
                branches.add(forwards
                        ? beginsWith(name, "typo" + i, before, Like.escape(before) + "_" + Like.escape(after), params, sql)
                        : beginsWith(reversedName, "typo" + i, reversed(after),
                                Like.escape(reversed(after)) + "_" + Like.escape(reversed(before)), params, sql));
            }
        }
        return branches;
    }

    /**
     * The column begins with {@code known} — a range of its index, which row-level security leaves usable (PrefixRange) —
     * and, if given, matches {@code pattern} (which begins with {@code known}).
     */
    private static String beginsWith(String column, String param, String known, String pattern, Parameters params, boolean sql) {
        PrefixRange.bind(params, param, known);
        String range = sql ? PrefixRange.sql(column, param) : PrefixRange.hql(column, param);
        if (pattern == null) {
            return range;
        }
        params.and(param, pattern);
        return range + " and " + column + " like :" + param + Like.ESCAPE;
    }

    /** For a small area, its org units listed: the name indexes led by the org unit then read one range per unit. */
    private String inUnits(Parameters params, boolean sql) {
        int max = ConfigProvider.getConfig().getValue(MAX_LISTED_UNITS, Integer.class);
        List<Long> units = OrgUnit.idsUnder(villagePath, max + 1); // a province's tens of thousands are not read to be counted
        if (units.size() > max) {
            return "";
        }
        params.and("units", units);
        return sql ? " and n.org_unit_id in :units" : " and n.orgUnitId in :units";
    }

    private static String reversed(String s) {
        return new StringBuilder(s).reverse().toString(); // surrogate pairs stay in order
    }

    private static boolean nameSearch(String text) {
        String upper = text.toUpperCase();
        return !(ID_TAIL.matcher(upper).matches() || MOBILE.matcher(text).matches() || LANDLINE.matcher(text).matches()
                || HOUSEHOLD_CODE.matcher(text).matches());
    }

    /** {@code from Person p where …} (HQL; for {@link #nameMatches} a whole SQL select), its parameters and the order of a page. */
    public record Query(String statement, Map<String, Object> params, String orderBy) {
    }
}
