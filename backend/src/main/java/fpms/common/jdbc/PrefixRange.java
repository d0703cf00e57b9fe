package fpms.common.jdbc;

import io.quarkus.panache.common.Parameters;
import java.util.Map;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * "Begins with" as a range of a varchar_pattern_ops index. Under row-level security PostgreSQL evaluates no
 * non-leakproof operator — LIKE is one — before the policy's condition, so a LIKE no longer bounds an index scan; the
 * pattern operators {@code ~>=~} and {@code ~<~} of such an index are leakproof and do. A query writes the range of
 * the known beginning ({@link #sql} or, in HQL, {@link #hql}) and keeps its LIKE as the exact condition.
 */
public final class PrefixRange implements FunctionContributor {

    /** HQL: {@code starts_with_range(column, from, to)}. */
    static final String FUNCTION = "starts_with_range";

    /** The greatest code point: appended to a prefix, it sorts after every text that begins with the prefix. */
    private static final String AFTER_ALL = new String(Character.toChars(Character.MAX_CODE_POINT));

    /** SQL: {@code column} begins with the prefix bound to {@code param} ({@link #bind}). */
    public static String sql(String column, String param) {
        return column + " ~>=~ :" + param + "From and " + column + " ~<~ :" + param + "To";
    }

    /** HQL: the same as {@link #sql}. */
    public static String hql(String column, String param) {
        return FUNCTION + "(" + column + ", :" + param + "From, :" + param + "To)";
    }

    /** Binds the range of texts that begin with {@code prefix} (as typed, no wildcards) to {@code param}. */
    public static void bind(Parameters params, String param, String prefix) {
        params.and(param + "From", prefix).and(param + "To", prefix + AFTER_ALL);
    }

    /** The same as {@link #bind(Parameters, String, String)}, into a map of parameters. */
    public static void bind(Map<String, Object> params, String param, String prefix) {
        params.put(param + "From", prefix);
        params.put(param + "To", prefix + AFTER_ALL);
    }

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().registerPattern(FUNCTION, "(?1 ~>=~ ?2 and ?1 ~<~ ?3)",
                functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
    }
}
