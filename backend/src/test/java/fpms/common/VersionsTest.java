package fpms.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fpms.common.error.ProblemException;
import fpms.common.version.Versions;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void missingIfMatchIs428() {
        assertEquals(428, assertThrows(ProblemException.class, () -> Versions.requireMatch(null, 3)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> Versions.requireMatch(" ", 3)).status());
    }

    @Test
    void anotherVersionIs412() {
        assertEquals(412, assertThrows(ProblemException.class, () -> Versions.requireMatch("\"2\"", 3)).status());
    }

    @Test
    void theCurrentVersionPassesQuotedOrWeak() {
        assertDoesNotThrow(() -> Versions.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("3", 3));
    }

    @Test
    void aStarProvesNoReadAndIs428() {
        assertEquals(428, assertThrows(ProblemException.class, () -> Versions.requireMatch("*", 3)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> Versions.requireMatch(" * ", 3)).status());
    }
}
