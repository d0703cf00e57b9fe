package fpms.household.service;

import fpms.common.paging.PageQuery;
import fpms.household.Person;
import fpms.household.PersonStatus;
import fpms.household.ResidenceStatus;
import fpms.household.Sex;
import fpms.org.OrgUnit;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
     * A name search in a small area (a town: ten units, a district: a few hundred) lists its org units, so that the
     * database reads each one's range of the name indexes led by the org unit; a wider one reads the plain name indexes.
     */
    private static final int MAX_LISTED_UNITS = 500;
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "birthDate", "birthDate", "id", "id",
            "createdAt", "createdAt");

    /** The HQL condition and parameters of this search, for an as-of day (ages are counted on it); reads the caller's org units for a name. */
    public Query toQuery(LocalDate today, PageQuery paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        where.add("p.status = :active");
        params.and("active", PersonStatus.ACTIVE);
        String orderBy = orderBy(paging.sort(SORTABLE, "id", Sort.Direction.Ascending));
        String rankBy = null;
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
                where.add("p.idNumberReversed like :tail");
                params.and("tail", new StringBuilder(upper).reverse() + "%");
            } else if (HOUSEHOLD_CODE.matcher(text).matches()) {
                where.add("p.householdId in (select h.id from Household h where h.code = :code)");
                params.and("code", text);
            } else {
                where.add(nameCondition(text, params, typos, OrgUnit.idsUnder(villagePath)));
                if (paging.sort == null && text.codePointCount(0, text.length()) > 1) { // best matches first
                    orderBy = "function('similarity', p.name, :rankBy) desc, p.id";
                    rankBy = text;
                }
            }
        }
        if (villagePath != null) {
            where.add("p.orgUnitId in (select o.id from OrgUnit o where o.path like :villagePath)");
            params.and("villagePath", villagePath + "%");
        }
        if (residenceStatus != null) {
            where.add("p.residenceStatus = :residence");
            params.and("residence", residenceStatus);
        }
        if (sex != null) {
            where.add("p.sex = :sex");
            params.and("sex", sex);
        }
        Integer from = ageFrom;
        Integer to = ageTo;
        if (Boolean.TRUE.equals(childbearingAge)) {
            where.add("p.sex = :female and p.deathDate is null");
            params.and("female", Sex.FEMALE);
            from = Math.max(from == null ? 0 : from, Person.CHILDBEARING_FROM);
            to = Math.min(to == null ? 200 : to, Person.CHILDBEARING_TO);
        }
        if (from != null) {
            where.add("p.birthDate <= :bornBy");
            params.and("bornBy", today.minusYears(from));
        }
        if (to != null) {
            where.add("p.birthDate > :bornAfter");
            params.and("bornAfter", today.minusYears(to + 1L));
        }
        return new Query("from Person p where " + String.join(" and ", where), params.map(), orderBy, rankBy);
    }

    private static String orderBy(Sort sort) {
        List<String> columns = new ArrayList<>();
        for (Sort.Column c : sort.getColumns()) {
            columns.add("p." + c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"));
        }
        return String.join(", ", columns);
    }

    /**
     * A name that starts with the text (a surname, a whole name), ends with it (a given name), or, from three
     * characters on, has the same length with one character different (a typo). Each alternative is one prefix range
     * of the name or of the reversed name (within each listed org unit, for a small area), and they are united rather
     * than OR-ed, so that the database reads exactly those ranges: a search stays at milliseconds over millions of
     * persons, whatever the planner would guess for an OR of ranges.
     */
    private static String nameCondition(String text, Parameters params, boolean typos, List<Long> units) {
        int[] chars = text.codePoints().toArray();
        List<String> branches = new ArrayList<>();
        branches.add("n.name like :prefix escape '\\'");
        params.and("prefix", escape(text) + "%");
        branches.add("n.nameReversed like :suffix escape '\\'");
        params.and("suffix", escape(reversed(chars, 0)) + "%");
        if (typos && chars.length >= 3 && chars.length <= 6) {
            params.and("length", chars.length);
            for (int i = 0; i < chars.length; i++) {
                List<String> halves = new ArrayList<>();
                if (i > 0) {
                    halves.add("n.name like :before" + i + " escape '\\'");
                    params.and("before" + i, escape(new String(chars, 0, i)) + "%");
                }
                if (i < chars.length - 1) {
                    halves.add("n.nameReversed like :after" + i + " escape '\\'");
                    params.and("after" + i, escape(reversed(chars, i + 1)) + "%");
                }
                branches.add(String.join(" and ", halves) + " and length(n.name) = :length");
            }
        }
        String inUnits = "";
        if (units.size() <= MAX_LISTED_UNITS) {
            inUnits = " and n.orgUnitId in :units";
            params.and("units", units);
        }
        List<String> selects = new ArrayList<>();
        for (String branch : branches) {
            selects.add("select n.id from Person n where " + branch + inUnits);
        }
        return "p.id in (" + String.join(" union all ", selects) + ")";
    }

    /** The characters from {@code from} to the end, last first. */
    private static String reversed(int[] chars, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = chars.length - 1; i >= from; i--) {
            out.appendCodePoint(chars[i]);
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean nameSearch(String text) {
        String upper = text.toUpperCase();
        return !(ID_TAIL.matcher(upper).matches() || MOBILE.matcher(text).matches() || LANDLINE.matcher(text).matches()
                || HOUSEHOLD_CODE.matcher(text).matches());
    }

    /**
     * {@code from Person p where …} with its parameters, and the order of a page (without "order by"), which
     * for a name search ranks by similarity to {@code rankBy} (the parameter :rankBy of the page query only).
     */
    public record Query(String hql, Map<String, Object> params, String orderBy, String rankBy) {

        public Map<String, Object> pageParams() {
            Map<String, Object> all = new java.util.HashMap<>(params);
            if (rankBy != null) {
                all.put("rankBy", rankBy);
            }
            return all;
        }
    }
}
