package fpms.common.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.household.IdNumber;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** No log line of the app, its libraries or its database carries an ID number or a mobile number (issue 11 point 11). */
@QuarkusTest
class LogHasNoPersonalDataTest {

    private static final Path LOG = Path.of("target", "test-app.log");

    @Test
    void aUniqueViolationsDetailAndAnExceptionChainAreLoggedMasked() throws Exception {
        String id = "640502199303036001".substring(0, 17);
        id += IdNumber.checkCharacter(id);
        // what Hibernate logs of a unique violation: the driver's message with PostgreSQL's detail, in an exception chain
        SQLException driver = new SQLException("ERROR: duplicate key value violates unique constraint \"person_id_number_uk\"\n"
                + "  Detail: Key (id_number)=(" + id + ") already exists.", "23505");
        Logger.getLogger("org.hibernate.engine.jdbc.spi.SqlExceptionHelper").error("could not execute statement; phone 13895512345",
                new IllegalStateException("wrapped", driver));
        String log = awaitLogWith(id.substring(0, 6) + "********" + id.substring(14));
        assertFalse(log.contains(id), "the full ID number is in the log");
        assertFalse(log.contains("13895512345"), "the full phone number is in the log");
        assertTrue(log.contains("138****2345"));
        assertTrue(log.contains("java.lang.IllegalStateException: wrapped") && log.contains("at fpms.common.log.LogHasNoPersonalDataTest"),
                "the exception still prints as itself, with its stack");
    }

    @Test
    void theWholeLogOfTheRunHasNoValidIdNumber() throws IOException {
        List<String> found = new ArrayList<>();
        Matcher m = PersonalDataFilter.IDENTIFIER.matcher(Files.readString(LOG, StandardCharsets.UTF_8));
        while (m.find()) {
            String n = m.group();
            if (n.length() == 18 && IdNumber.checkCharacterMatches(n.substring(0, 17), Character.toUpperCase(n.charAt(17)))) {
                found.add(n.substring(0, 6) + "…");
            }
        }
        assertEquals(List.of(), found, "ID numbers in " + LOG);
    }

    @Test
    void masksAsTheRegisterDoes() {
        assertEquals("Key (id_number)=(640502********123X)", PersonalDataFilter.mask("Key (id_number)=(64050219930303123X)"));
        assertEquals("call 138****5678 now", PersonalDataFilter.mask("call 13812345678 now"));
        assertEquals("id 12345678901234567890 stays", PersonalDataFilter.mask("id 12345678901234567890 stays")); // not one of them
    }

    private static String awaitLogWith(String text) throws IOException, InterruptedException {
        for (int i = 0; i < 50; i++) {
            String log = Files.readString(LOG, StandardCharsets.UTF_8);
            if (log.contains(text)) {
                return log;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the log never showed " + text);
    }
}
