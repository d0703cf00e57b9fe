package fpms.prepregnancy.service;

import fpms.prepregnancy.PrepregnancyCheck;
import fpms.oversight.TargetKind;
import fpms.oversight.service.TargetMeasure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Progress of the PREPREGNANCY_CHECK target: distinct couples with a valid check in the year. A couple checked twice
 * counts once, in the month of its first check — per child unit and for the whole subtree alike, so the children's
 * numbers never add up to more couples than there are.
 */
@ApplicationScoped
public class PrepregnancyCheckMeasure implements TargetMeasure {

    /**
     * One statement: the subtree's villages by their path range, their checks of the year by the index on
     * (org_unit_id, check_date) (an index-only scan: the couple and status are included), each check's direct child of
     * the root read from its village's path; then each couple's first check per child and for the whole subtree
     * (grouping sets), counted by month.
     */
    static final String SQL = """
            with checks as (
                select c.wife_id, c.husband_id, c.check_date,
                       nullif(split_part(substr(o.path, :cut), '/', 1), '')::bigint as child_id
                  from org_unit o
                  join prepregnancy_check c on c.org_unit_id = o.id
                 where o.path >= :root and o.path < :rootEnd
                   and c.check_date >= :from and c.check_date < :to
                   and c.status = 'VALID'
            ), couples as (
                select grouping(child_id) as whole, child_id, min(check_date) as first_check
                  from checks
                 group by grouping sets ((child_id, wife_id, husband_id), (wife_id, husband_id))
            )
            select whole, child_id, cast(extract(month from first_check) as integer) as month, count(*) as couples
              from couples
             group by whole, child_id, month
            """;

    @Override
    public TargetKind kind() {
        return TargetKind.PREPREGNANCY_CHECK;
    }

    @Override
    public TargetMeasure.Tally tally(String rootPath, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = PrepregnancyCheck.getEntityManager().createNativeQuery(SQL)
                .setParameter("cut", rootPath.length() + 1)
                .setParameter("root", rootPath)
                .setParameter("rootEnd", rootPath + "~")
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
        long done = 0;
        long[] perMonth = new long[12];
        Map<Long, Long> perChild = new HashMap<>();
        for (Object[] r : rows) {
            long couples = ((Number) r[3]).longValue();
            if (((Number) r[0]).intValue() == 1) {
                done += couples;
                perMonth[((Number) r[2]).intValue() - 1] += couples;
            } else if (r[1] != null) {
                perChild.merge(((Number) r[1]).longValue(), couples, Long::sum);
            }
        }
        return new TargetMeasure.Tally(done, perChild, perMonth);
    }
}
