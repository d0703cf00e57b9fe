package fpms.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Random;

/**
 * Generates one household at a time — head, usually a spouse, children, sometimes an old parent or a grandchild —
 * as COPY rows of household, person and household_membership, with data that passes the app's own rules
 * (GB 11643 ID numbers agreeing with birth date and sex, dates in order, floating fields only when floating).
 */
final class HouseholdGenerator {

    static final String HOUSEHOLD_COLUMNS = "id, org_unit_id, code, address, type, head_id, created_at";
    static final String PERSON_COLUMNS = "id, org_unit_id, household_id, relation, name, id_number, birth_date, sex, ethnicity_code, phone,"
            + " marital_status, marriage_date, residence_status, origin_region, arrival_date, stay_until, destination, departure_date,"
            + " father_id, mother_id, created_at";
    static final String STAY_COLUMNS = "id, household_id, person_id, org_unit_id, relation, joined_on, joined_by";
    static final String[] ORIGINS = {"甘肃省靖远县", "甘肃省会宁县", "内蒙古阿拉善左旗", "陕西省定边县", "宁夏海原县", "宁夏西吉县", "河南省周口市", "四川省南充市"};
    private static final String[] DESTINATIONS = {"银川市", "北京市", "上海市", "广东省东莞市", "浙江省义乌市", "新疆乌鲁木齐市", "内蒙古包头市"};
    private static final String[] GROUPS = {"一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组"};
    private static final String[] MOBILE = {"139", "138", "137", "136", "135", "150", "151", "152", "158", "159", "180", "181", "187", "188", "189", "133", "153", "177"};

    private final Random rnd;
    private final IdNumbers ids;
    private final LocalDate today = LocalDate.now(OrgTree.ZONE);
    /** When the generated records were "created" (the tables take no default: the app writes its clock's now). */
    private final OffsetDateTime createdAt = OrgTree.createdAt();
    private long nextHousehold = 1_000_000;
    private long nextPerson = 1_000_000;
    private long nextStay = 1_000_000;

    HouseholdGenerator(Random rnd, IdNumbers ids) {
        this.rnd = rnd;
        this.ids = ids;
    }

    /** 1 to 6 members, 2.94 on average: 7 million persons live in about 2.4 million households. */
    int size() {
        int r = rnd.nextInt(100);
        return r < 16 ? 1 : r < 42 ? 2 : r < 67 ? 3 : r < 86 ? 4 : r < 95 ? 5 : 6;
    }

    void household(OrgTree.Village v, int number, int size, Copy households, Copy persons, Copy stays) throws IOException {
        long household = nextHousehold++;
        boolean floating = rnd.nextInt(100) < 5;
        LocalDate arrival = floating ? today.minusDays(30 + rnd.nextInt(900)) : null;
        String surname = Names.surname(rnd);
        boolean hui = Names.HUI.contains(surname) ? rnd.nextInt(100) < 85 : rnd.nextInt(100) < 4;
        households.row(household, v.id(), String.format("H%d-%04d", v.id(), number),
                v.name() + GROUPS[rnd.nextInt(GROUPS.length)] + (1 + rnd.nextInt(200)) + "号", floating ? "FLOATING" : "REGISTERED", nextPerson, createdAt);
        int headAge = 24 + rnd.nextInt(62);
        boolean headMale = rnd.nextInt(100) < 88;
        boolean couple = size >= 2 && rnd.nextInt(100) < 88;
        int spouseAge = Math.max(20, headAge + (headMale ? -rnd.nextInt(5) : rnd.nextInt(5)));
        LocalDate headBirth = birth(headAge);
        LocalDate spouseBirth = birth(spouseAge);
        LocalDate married = null;
        String marital = single(headAge);
        if (couple) {
            married = (headBirth.isAfter(spouseBirth) ? headBirth : spouseBirth).plusYears(20 + rnd.nextInt(7));
            married = married.isAfter(today) ? today.minusDays(rnd.nextInt(300)) : married;
            marital = rnd.nextInt(100) < 92 ? "FIRST_MARRIAGE" : "REMARRIED";
        }
        long head = person(v, household, "HEAD", Names.full(surname, headMale, rnd), headMale, headBirth, marital, married, hui, arrival, null, null, persons, stays);
        Long father = headMale ? head : null;
        Long mother = headMale ? null : head;
        int member = 1;
        if (couple) {
            long spouse = person(v, household, "SPOUSE", Names.full(Names.surname(rnd), !headMale, rnd), !headMale, spouseBirth, marital, married,
                    hui == (rnd.nextInt(100) < 90), arrival, null, null, persons, stays);
            father = headMale ? head : spouse;
            mother = headMale ? spouse : head;
            member++;
        }
        for (; member < size; member++) {
            boolean male = rnd.nextBoolean();
            if (member == size - 1 && size >= 4 && headAge < 65 && rnd.nextInt(100) < 40) {
                person(v, household, "PARENT", Names.full(surname, male, rnd), male, birth(headAge + 22 + rnd.nextInt(10)), "WIDOWED", null,
                        hui, arrival, null, null, persons, stays);
            } else if (member >= 3 && headAge >= 55 && rnd.nextBoolean()) {
                person(v, household, "GRANDCHILD", Names.full(surname, male, rnd), male, birth(rnd.nextInt(headAge - 44)),
                        null, null, hui, arrival, null, null, persons, stays);
            } else {
                int age = headAge - 20 - rnd.nextInt(16);
                age = age >= 0 ? age : rnd.nextInt(headAge - 19); // a young head's children are small, not all newborn
                person(v, household, "CHILD", Names.full(surname, male, rnd), male, birth(age), age >= 16 ? "UNMARRIED" : null, null,
                        hui, arrival, father, mother, persons, stays);
            }
        }
    }

    private long person(OrgTree.Village v, long household, String relation, String name, boolean male, LocalDate birth, String marital,
            LocalDate married, boolean hui, LocalDate arrival, Long father, Long mother, Copy persons, Copy stays) throws IOException {
        long id = nextPerson++;
        int age = birth.until(today).getYears();
        String residence = arrival != null ? "FLOATING_IN" : age >= 18 && age <= 50 && rnd.nextInt(100) < 2 ? "FLOATING_OUT" : "REGISTERED";
        LocalDate arrived = arrival == null ? null : arrival.isBefore(birth) ? birth : arrival;
        LocalDate departed = residence.equals("FLOATING_OUT") ? later(today.minusDays(10 + rnd.nextInt(1000)), birth) : null;
        String phone = age >= 16 && rnd.nextInt(100) < 85
                ? MOBILE[rnd.nextInt(MOBILE.length)] + String.format("%08d", rnd.nextInt(100_000_000)) : null;
        persons.row(id, v.id(), household, relation, name, ids.next(v.region(), birth, male, rnd), birth, male ? "MALE" : "FEMALE",
                hui ? "03" : "01", phone, marital, married, residence,
                arrived == null ? null : ORIGINS[rnd.nextInt(ORIGINS.length)], arrived, arrived == null ? null : arrived.plusDays(365 + rnd.nextInt(730)),
                departed == null ? null : DESTINATIONS[rnd.nextInt(DESTINATIONS.length)], departed, father, mother, createdAt);
        LocalDate joined = arrived != null ? arrived : relation.equals("CHILD") || relation.equals("GRANDCHILD") ? birth
                : birth.plusYears(18).isAfter(today) ? today : birth.plusYears(18);
        stays.row(nextStay++, household, id, v.id(), relation, joined, "CREATE");
        return id;
    }

    /** Birth date of someone aged {@code age} at the end of 2025 (ID numbers here carry birth years 1930–2025). */
    private LocalDate birth(int age) {
        return IdNumbers.clamp(IdNumbers.LAST.minusYears(age).minusDays(rnd.nextInt(365)));
    }

    private String single(int age) {
        int r = rnd.nextInt(100);
        return age >= 60 ? (r < 70 ? "WIDOWED" : r < 80 ? "DIVORCED" : "UNMARRIED") : r < 60 ? "UNMARRIED" : "DIVORCED";
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? b : a;
    }
}
