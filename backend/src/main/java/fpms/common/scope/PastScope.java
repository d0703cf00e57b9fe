package fpms.common.scope;

import fpms.audit.AuditTrail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * The one way past the data scope, for the work that truly needs records outside the caller's subtree: {@link #run}
 * widens this transaction's scope to the whole tree for that call only, appends an audit event naming the
 * {@link Reason}, and narrows it again. Writes of the call are flushed before it narrows. Every use is listed in
 * PastScopeUsesTest and the README; a new one fails that test until it is added there on purpose.
 */
@ApplicationScoped
public class PastScope {

    /** Why work goes past the scope; each is audited with its text (messages: past-scope.REASON). */
    public enum Reason {
        /** Sign-in and refresh find the user by name or id before anyone is the caller. */
        SIGN_IN,
        /** An ID number is one person's in the whole province. */
        DUPLICATE_ID,
        /** Probable duplicates of the caller's persons are looked for in the whole register. */
        DUPLICATES,
        /** A user name is one user's in the whole tree. */
        UNIQUE_USERNAME,
        /** Org-unit codes are unique in the whole tree. */
        UNIQUE_ORG_CODE,
        /** The org-unit directory: names and codes of units anywhere (a transfer's village, a village's town). */
        ORG_DIRECTORY,
        /** A pregnancy moves to a village anywhere, with its schedule, and the receiving village follows her up. */
        TRANSFER,
        /** The receiving village reads the woman of a pregnancy transferred to it, and her household. */
        TRANSFERRED_PREGNANCY,
        /** A merge of duplicates moves what names the retired person, in whatever village it lies. */
        MERGE,
        /** A mother's children and her earlier applications count wherever they are registered. */
        FAMILY_HISTORY,
        /** An application shows the couple it names: the father may live outside the mother's village. */
        APPLICATION_COUPLE,
        /** A change of the official calendar recounts the deadlines of open applications in every area. */
        CALENDAR_DEADLINES,
        /** Pregnancies of the demo data are planned on start by the system, acting at the root it finds. */
        PLANNING_ON_START,
        /** Error reports of jobs anywhere are deleted by the system when their retention period is over. */
        RETENTION
    }

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Inject
    Session session;

    @Inject
    AuditTrail audit;

    /** Runs {@code work} with the whole tree in scope, in the current transaction (or a new one), audited. */
    public <T> T run(Reason reason, Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            session.flush(); // what was written in scope is written in scope
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                enter(true);
                Caller who = TransactionScope.currentCaller();
                audit.pastScope(reason.name(), who == null ? "system" : who.username(), who == null ? null : who.orgUnitIdOrNull());
                T result = work.get();
                session.flush();
                return result;
            } finally {
                if (--depth[0] == 0) {
                    enter(false);
                }
            }
        });
    }

    /** Runs {@code work} with the whole tree in scope; see {@link #run(Reason, Supplier)}. */
    public void run(Reason reason, Runnable work) {
        run(reason, () -> {
            work.run();
            return null;
        });
    }

    static boolean active() {
        return DEPTH.get()[0] > 0;
    }

    private void enter(boolean wide) {
        Caller who = TransactionScope.currentCaller();
        Long unit = who == null ? null : who.orgUnitIdOrNull();
        session.doWork(c -> {
            try {
                TransactionScope.enter(c, unit, wide);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot change the data scope", e);
            }
        });
    }
}
