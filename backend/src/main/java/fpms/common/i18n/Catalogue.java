package fpms.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message catalogue: messages/messages.properties (English) and messages_zh.properties (Chinese), UTF-8,
 * each text a {@link MessageFormat} pattern ({0}, {1} … are the arguments; '' is an apostrophe). Chinese is the
 * default language; English is for clients that prefer it.
 */
public final class Catalogue {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "messages.messages";
    private static final List<Locale> LANGUAGES = List.of(CHINESE, ENGLISH);
    private static final ResourceBundle.Control OWN_FILES_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Catalogue() {
    }

    /** The texts of a language (no fallback to the JVM's default locale: English is the base file). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Catalogue.class.getClassLoader(), OWN_FILES_ONLY);
    }

    public static boolean has(String key) {
        return bundle(ENGLISH).containsKey(key);
    }

    static String text(Message message, Locale locale) {
        String pattern;
        try {
            pattern = bundle(locale).getString(message.key());
        } catch (MissingResourceException e) {
            return message.key(); // never fail while telling about a failure; CatalogueTest keeps this from happening
        }
        Object[] args = message.args().stream().map(a -> a instanceof Message m ? m.in(locale) : String.valueOf(a)).toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The language to answer in, from an Accept-Language header: Chinese unless the client prefers English. A language
     * both have is matched as Quarkus' own resolver (Bean Validation messages) matches it; otherwise the first of
     * the client's languages that is Chinese or English by its primary tag (en-US, en-GB, zh-TW …) decides.
     */
    public static Locale forAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return CHINESE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return CHINESE;
        }
        List<Locale> matching = Locale.filter(ranges, LANGUAGES);
        if (!matching.isEmpty()) {
            return matching.get(0).getLanguage().equals("en") ? ENGLISH : CHINESE;
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-")[0];
            if (range.getWeight() > 0 && (language.equals("en") || language.equals("zh"))) {
                return language.equals("en") ? ENGLISH : CHINESE;
            }
        }
        return CHINESE;
    }
}
