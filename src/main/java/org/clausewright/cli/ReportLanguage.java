package org.clausewright.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language of the reports the window also shows (the comparison, the review import, the sync): {@code --lang},
 * else the first of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set, as POSIX orders them. C,
 * POSIX and a language Clausewright is not translated into give English. Error messages stay English.
 */
final class ReportLanguage {
    /** The tags {@code --lang} takes. */
    static final List<String> TAGS = List.of("ar", "zh-CN", "en", "fr", "ru", "es");

    private ReportLanguage() {
    }

    static Locale of(Locale option, Map<String, String> environment) {
        if (option != null) {
            return option;
        }
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return parse(value).orElse(Locale.ENGLISH);
            }
        }
        return Locale.ENGLISH;
    }

    /** Reads {@code --lang}: a language Clausewright is translated into, or a parameter error naming them. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return parse(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException("'" + value
                    + "' is not a language Clausewright is translated into; use one of " + String.join(", ", TAGS)));
        }
    }

    /** "fr", "fr_FR.UTF-8", "zh_CN.GB18030", "ru-RU", "ar_EG@latin" → the translation; empty when there is none. */
    static Optional<Locale> parse(String value) {
        String name = value.strip().replaceAll("[.@].*$", "").replace('_', '-');
        if (name.equals("C") || name.equals("POSIX")) {
            return Optional.of(Locale.ENGLISH);
        }
        String language = Locale.forLanguageTag(name).getLanguage();
        return switch (language) {
            case "ar", "en", "es", "fr", "ru" -> Optional.of(Locale.forLanguageTag(language));
            // the window has Simplified Chinese only; it reads better than English for a Traditional reader
            case "zh" -> Optional.of(Locale.SIMPLIFIED_CHINESE);
            default -> Optional.empty();
        };
    }
}
