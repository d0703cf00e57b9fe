package fpms.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.household.IdNumber;
import fpms.household.MembershipEvent;
import fpms.household.Sex;
import fpms.org.OrgLevel;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two catalogue files hold the same keys, every pattern formats, and every key the code names is there. */
class CatalogueTest {

    /** "key" or "{key}" (a Bean Validation message) as a Java string literal. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"\\{?([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)}?\"");
    /** The kind of a problem made in code: new ProblemException(409, "conflict", … / answer(403, "forbidden", … */
    private static final Pattern PROBLEM_KIND = Pattern.compile("\\(\\d{3}, \"([a-z-]+)\"");

    private static Properties load(String file) {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(CatalogueTest.class.getResourceAsStream("/messages/" + file), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static final Properties ENGLISH = load("messages.properties");
    private static final Properties CHINESE = load("messages_zh.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(ENGLISH.stringPropertyNames()), new TreeSet<>(CHINESE.stringPropertyNames()));
    }

    @Test
    void everyPatternFormatsAndUsesNoQuoting() {
        Object[] args = {"a", "b", "c", "d", "e"};
        for (Properties p : List.of(ENGLISH, CHINESE)) {
            p.forEach((key, pattern) -> {
                new MessageFormat((String) pattern).format(args);
                assertFalse(((String) pattern).replace("''", "").contains("'"), key + ": a lone ' quotes text in MessageFormat; write ''");
            });
        }
    }

    @Test
    void theChineseTextsAreTranslated() {
        Pattern han = Pattern.compile("\\p{IsHan}");
        CHINESE.forEach((key, text) -> assertTrue(han.matcher((String) text).find()
                || !((String) text).replaceAll("\\{\\d}", "").matches(".*\\p{L}.*"), key + " has no Chinese: " + text));
        assertEquals("户 BM-001 已注销", Message.of("household.closed", "BM-001").in(Catalogue.CHINESE));
        assertEquals("Household BM-001 is closed", Message.of("household.closed", "BM-001").in(Catalogue.ENGLISH));
    }

    @Test
    void argumentsAreWrittenAsTheyAreAndMessagesInTheSameLanguage() {
        assertEquals("Person 1234567 was not found", Message.of("person.not-found", 1234567L).in(Catalogue.ENGLISH));
        assertEquals("与身份证号码不符，身份证号码中的性别为女", Message.of("person.sex.disagrees", Sex.FEMALE.label()).in(Catalogue.CHINESE));
        assertEquals("村居不能设在区县之下",
                Message.of("org-unit.level.misplaced", OrgLevel.VILLAGE.label(), OrgLevel.DISTRICT.label()).in(Catalogue.CHINESE));
        assertEquals("a 'quoted' text", new MessageFormat("a ''quoted'' text").format(new Object[0]));
    }

    @Test
    void everyKeyTheCodeNamesIsInTheCatalogue() throws IOException {
        Set<String> namespaces = ENGLISH.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher keys = KEY_LITERAL.matcher(source);
                while (keys.find()) {
                    String key = keys.group(1);
                    if (namespaces.contains(key.substring(0, key.indexOf('.')))) {
                        used.add(key);
                    }
                }
                Matcher kinds = PROBLEM_KIND.matcher(source);
                while (kinds.find()) {
                    used.add("problem." + kinds.group(1));
                }
            }
        }
        // titles of the framework's own answers (ProblemMappers#web) and the keys of enum values
        Stream.of("not-found", "method-not-allowed", "not-acceptable", "unsupported-media-type").forEach(k -> used.add("problem." + k));
        Stream.of(OrgLevel.values()).forEach(l -> used.add(l.label().key()));
        Stream.of(Sex.values()).forEach(s -> used.add(s.label().key()));
        Stream.of(MembershipEvent.values()).forEach(e -> used.add(e.label().key()));
        Stream.of(IdNumber.Problem.values()).forEach(p -> used.add(p.message().key()));
        assertTrue(used.size() > 100, "found the keys in the sources: " + used.size());
        List<String> missing = used.stream().filter(k -> !ENGLISH.containsKey(k)).distinct().toList();
        assertEquals(List.of(), missing, "keys named in code but not in messages.properties");
    }

    @Test
    void chineseUnlessTheClientPrefersEnglish() {
        assertEquals(Catalogue.CHINESE, Catalogue.forAcceptLanguage(null));
        assertEquals(Catalogue.CHINESE, Catalogue.forAcceptLanguage(""));
        assertEquals(Catalogue.CHINESE, Catalogue.forAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Catalogue.CHINESE, Catalogue.forAcceptLanguage("zh-TW"));
        assertEquals(Catalogue.CHINESE, Catalogue.forAcceptLanguage("fr"));
        assertEquals(Catalogue.CHINESE, Catalogue.forAcceptLanguage("*"));
        assertEquals(Catalogue.CHINESE, Catalogue.forAcceptLanguage(";;not a header"));
        assertEquals(Catalogue.ENGLISH, Catalogue.forAcceptLanguage("en"));
        assertEquals(Catalogue.ENGLISH, Catalogue.forAcceptLanguage("en-US"));
        assertEquals(Catalogue.ENGLISH, Catalogue.forAcceptLanguage("en-US,en;q=0.9,zh-CN;q=0.8"));
        assertEquals(Catalogue.ENGLISH, Catalogue.forAcceptLanguage("fr, en-GB;q=0.5"));
    }

    @Test
    void englishIsTheBaseFileWhateverTheMachinesLocale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Job 7 was not found", Message.of("job.not-found", 7).in(Catalogue.ENGLISH));
        } finally {
            Locale.setDefault(machine);
        }
    }
}
