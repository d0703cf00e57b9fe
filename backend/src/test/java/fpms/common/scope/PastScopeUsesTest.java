package fpms.common.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every way past the data scope, listed: a new use of {@link PastScope} fails this test until it is added here — and
 * to the README's list — on purpose. Nothing else in the code sets the scope or turns row-level security off.
 */
class PastScopeUsesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** File (under fpms/) and reason, one line per use. */
    private static final List<String> USES = List.of(
            "birth/service/BirthDeadlines.java CALENDAR_DEADLINES",
            "birth/service/BirthRegistrationService.java FAMILY_HISTORY",
            "birth/service/Parents.java APPLICATION_COUPLE",
            "birth/service/Places.java ORG_DIRECTORY",
            "household/service/DuplicateFinder.java DUPLICATES",
            "household/service/DuplicateFinder.java DUPLICATES",
            "household/service/DuplicateService.java MERGE",
            "household/service/PersonService.java DUPLICATE_ID",
            "household/service/PersonService.java FAMILY_HISTORY",
            "household/transfer/RegisterImport.java DUPLICATE_ID",
            "job/JobRetention.java RETENTION",
            "org/service/AuthService.java SIGN_IN",
            "org/service/AuthService.java SIGN_IN",
            "org/service/OrgUnitService.java ORG_DIRECTORY",
            "org/service/OrgUnitService.java UNIQUE_ORG_CODE",
            "org/service/UserService.java UNIQUE_USERNAME",
            "pregnancy/service/PlanOnStart.java PLANNING_ON_START",
            "pregnancy/service/PregnancyService.java TRANSFER",
            "pregnancy/service/PregnantWomen.java TRANSFERRED_PREGNANCY",
            "pregnancy/service/PregnantWomen.java TRANSFERRED_PREGNANCY",
            "pregnancy/service/PregnantWomen.java TRANSFERRED_PREGNANCY");

    private static final Pattern USE = Pattern.compile("\\.run\\(\\s*PastScope\\.Reason\\.(\\w+)");
    private static final Pattern OTHER_WAY = Pattern.compile("set_config|fpms_enter_scope|row_security|TransactionScope\\.enter"
            + "|fpms\\.scope_path", Pattern.CASE_INSENSITIVE);

    @Test
    void everyUseOfPastScopeIsListed() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = USE.matcher(Files.readString(file));
            while (m.find()) {
                found.add(SOURCES.resolve("fpms").relativize(file).toString().replace('\\', '/') + " " + m.group(1));
            }
        }
        found.sort(null);
        assertEquals(USES, found, "a use of PastScope was added or removed: list it here and in the README on purpose");
    }

    @Test
    void onlyTheScopeClassesSetTheScope() throws IOException {
        for (Path file : javaFiles()) {
            if (file.getParent().endsWith("common/scope")) {
                continue;
            }
            Matcher m = OTHER_WAY.matcher(Files.readString(file));
            if (m.find()) {
                fail(file + " sets the data scope itself (" + m.group() + "): go through PastScope");
            }
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
