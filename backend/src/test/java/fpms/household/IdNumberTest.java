package fpms.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the cases the SPA's id-number.test.ts runs too, so server and forms give the same answers. */
class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static List<JsonNode> cases() {
        try (InputStream in = IdNumberTest.class.getResourceAsStream("/id-number-cases.json")) {
            if (in == null) {
                throw new IllegalStateException("id-number-cases.json is not on the test classpath");
            }
            List<JsonNode> cases = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(cases::add);
            return cases;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<JsonNode> validCases() {
        return cases().stream().filter(c -> c.get("valid").asBoolean());
    }

    @TestFactory
    Stream<DynamicTest> everySharedCase() {
        return cases().stream().map(c -> dynamicTest(c.get("name").asText(), () -> {
            String input = c.get("input").asText();
            LocalDate today = LocalDate.parse(c.get("today").asText());
            if (c.get("valid").asBoolean()) {
                IdNumber id = IdNumber.parse(input, today);
                assertEquals(c.get("value").asText(), id.value());
                assertEquals(c.get("value").asText().substring(0, 6), id.regionCode());
                assertEquals(LocalDate.parse(c.get("birthDate").asText()), id.birthDate());
                assertEquals(Sex.valueOf(c.get("sex").asText()), id.sex());
            } else {
                IdNumber.Invalid invalid = assertThrows(IdNumber.Invalid.class, () -> IdNumber.parse(input, today));
                assertEquals(IdNumber.Problem.valueOf(c.get("problem").asText()), invalid.problem());
            }
        }));
    }

    @Test
    void theSharedCasesCoverEveryProblemAndBothSexes() {
        List<JsonNode> cases = cases();
        assertTrue(cases.size() >= 25, "at least 25 cases");
        for (IdNumber.Problem problem : IdNumber.Problem.values()) {
            assertTrue(cases.stream().anyMatch(c -> problem.name().equals(c.path("problem").asText())), problem.name());
        }
        for (Sex sex : Sex.values()) {
            assertTrue(validCases().anyMatch(c -> sex.name().equals(c.get("sex").asText())), sex.name());
        }
    }

    @Test
    void everyValidCaseStatesTheSexAndBirthDateItsDigitsEncode() {
        validCases().forEach(c -> {
            String value = c.get("value").asText();
            String expectedDate = value.substring(6, 10) + "-" + value.substring(10, 12) + "-" + value.substring(12, 14);
            assertEquals(expectedDate, c.get("birthDate").asText(), c.get("name").asText());
            Sex expectedSex = (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
            assertEquals(expectedSex.name(), c.get("sex").asText(), c.get("name").asText());
        });
    }

    @Test
    void theDesignExamples() {
        IdNumber id = IdNumber.parse("53010219200508011X", TODAY);
        assertEquals(LocalDate.of(1920, 5, 8), id.birthDate());
        assertEquals(Sex.MALE, id.sex());
        assertEquals("530102", id.regionCode());
        assertEquals(IdNumber.Problem.CHECK_CHARACTER,
                assertThrows(IdNumber.Invalid.class, () -> IdNumber.parse("530102192005080119", TODAY)).problem());
    }

    @Test
    void lowerCaseXIsNormalisedToUpperCase() {
        IdNumber id = IdNumber.parse(" 64050219780105123x ", TODAY);
        assertEquals("64050219780105123X", id.value());
        assertEquals(IdNumber.parse("64050219780105123X", TODAY), id);
    }

    @Test
    void maskedShowsTheFirstSixAndLastFour() {
        IdNumber id = IdNumber.parse("64050219780105123X", TODAY);
        assertEquals("640502********123X", id.masked());
        assertEquals(18, id.masked().length());
        assertFalse(id.toString().contains("19780105"), "toString must not leak the full number");
    }

    @Test
    void tailReturnsTheLastCharacters() {
        IdNumber id = IdNumber.parse("64050219780105123X", TODAY);
        assertEquals("123X", id.tail(4));
        assertEquals("", id.tail(0));
        assertEquals("64050219780105123X", id.tail(18));
        assertThrows(IllegalArgumentException.class, () -> id.tail(19));
        assertThrows(IllegalArgumentException.class, () -> id.tail(-1));
    }

    @Test
    void checkCharacterMatchesFollowsGb11643() {
        assertTrue(IdNumber.checkCharacterMatches("53010219200508011", 'X'));
        assertFalse(IdNumber.checkCharacterMatches("53010219200508011", '9'));
        assertFalse(IdNumber.checkCharacterMatches("53010219200508011", 'x'));
        assertTrue(IdNumber.checkCharacterMatches("64050219850312001", '9'));
    }

    @Test
    void nullIsAFormatErrorAndMessagesNeverRepeatTheNumber() {
        assertEquals(IdNumber.Problem.FORMAT,
                assertThrows(IdNumber.Invalid.class, () -> IdNumber.parse(null, TODAY)).problem());
        IdNumber.Invalid old = assertThrows(IdNumber.Invalid.class, () -> IdNumber.parse("640502850312001", TODAY));
        assertEquals("ID number is a 15-digit ID number: only 18-digit numbers are accepted since 2013; "
                + "enter the 18-digit one", old.getMessage());
        assertFalse(old.getMessage().contains("640502850312001"));
    }

    @Test
    void theRecordRefusesPartsThatDisagreeWithTheNumber() {
        assertThrows(IllegalArgumentException.class,
                () -> new IdNumber("640502198503120019", "640502", LocalDate.of(1985, 3, 12), Sex.FEMALE));
        assertThrows(IllegalArgumentException.class,
                () -> new IdNumber("640502198503120018", "640502", LocalDate.of(1985, 3, 12), Sex.MALE));
        assertThrows(IllegalArgumentException.class,
                () -> new IdNumber("short", "640502", LocalDate.of(1985, 3, 12), Sex.MALE));
        assertEquals(IdNumber.parse("640502198503120019", TODAY),
                new IdNumber("640502198503120019", "640502", LocalDate.of(1985, 3, 12), Sex.MALE));
    }
}
