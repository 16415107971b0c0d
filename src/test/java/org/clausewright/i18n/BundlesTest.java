package org.clausewright.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle family (window, Word export, comparison, review report) in the six UN languages, as a translator
 * would hand it over: the same keys, nothing empty, every placeholder of the English text kept, each count in the
 * plural forms its language has (ICU's rules: Russian one/few/many/other, Arabic zero/one/two/few/many/other), and
 * no English left behind.
 */
class BundlesTest {
    static final List<String> LANGUAGES = List.of("ar", "es", "fr", "ru", "zh_CN");
    private static final Path RESOURCES = Path.of("src/main/resources");
    /** Values that are the same in every language: names, symbols, patterns made only of placeholders. */
    private static final Set<String> SAME_AS_ENGLISH = Set.of("app.title", "error.title", "language.en",
            "language.fr", "language.zh-CN", "language.ar", "language.ru", "language.es", "member.withDelegation",
            "unplaced.header", "sync.result.version", "review.clause", "decision.status", "colours.shaded",
            "bracket.sentence", "bracket.list", "bracket.against", "export.format.word", "export.format.pdf");
    /** A word that is spelt the same in English and in that language. */
    private static final Map<String, Set<String>> SAME_WORD = Map.of(
            "fr", Set.of("export.format", "merge.record.date", "diff.section", "outline.newSection", "annex.sources.sources", "editor.sources",
                    "diff.info.source", "parties.meetingTitle", "export.version", "history.message", "review.kind.question",
                    "review.kind.objection", "review.kind.suggestion", "export.annex", "parties.date",
                    "diff.info.subtitle", "decide.note", "compilation.note", "compilation.option",
                    "compilation.decision", "editor.tags", "merge.field.subtitle", "annex.comments.clause",
                    "annex.sources.clause", "compilation.date", "compilation.optionNumber", "brackets.note",
                    "brackets.whichOption", "annex.threads.clause", "annex.threads.date"));

    @Test
    void everyFamilyIsInEveryLanguage() throws IOException {
        Map<Path, Set<String>> families = families();
        assertThat(families).as("bundle families").isNotEmpty();
        families.forEach((dir, suffixes) -> assertThat(suffixes).as(dir.toString())
                .containsExactlyInAnyOrder("", "_ar", "_es", "_fr", "_ru", "_zh_CN"));
    }

    @Test
    void everyLanguageHasTheSameKeysAndNoEmptyValue() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path dir : families().keySet()) {
            Properties en = load(dir, "");
            for (String language : LANGUAGES) {
                Properties other = load(dir, "_" + language);
                Set<String> missing = new TreeSet<>(en.stringPropertyNames());
                missing.removeAll(other.stringPropertyNames());
                Set<String> extra = new TreeSet<>(other.stringPropertyNames());
                extra.removeAll(en.stringPropertyNames());
                if (!missing.isEmpty() || !extra.isEmpty()) {
                    problems.add(dir + " " + language + ": missing " + missing + ", extra " + extra);
                }
                other.stringPropertyNames().stream().filter(k -> other.getProperty(k).isBlank())
                        .forEach(k -> problems.add(dir + " " + language + ": " + k + " is empty"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPlaceholderOfTheEnglishTextIsInEachTranslation() throws IOException {
        List<String> problems = new ArrayList<>();
        eachTranslation((dir, language, key, english, translated) -> {
            Set<Integer> wanted = arguments(english).keySet();
            Set<Integer> found = arguments(translated).keySet();
            if (!found.equals(wanted)) {
                problems.add(dir + " " + language + " " + key + ": arguments " + found + ", English has " + wanted);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCountHasThePluralFormsOfItsLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        eachTranslation((dir, language, key, english, translated) -> {
            Set<String> needed = PluralRules.forLocale(ULocale.forLocale(locale(language))).getKeywords();
            Map<Integer, MessagePattern.ArgType> englishArgs = arguments(english);
            Map<Integer, MessagePattern.ArgType> args = arguments(translated);
            args.forEach((n, type) -> {
                if (type == MessagePattern.ArgType.CHOICE) {
                    problems.add(dir + " " + language + " " + key + ": {" + n + "} is a choice, not a plural");
                }
                if (englishArgs.get(n) == MessagePattern.ArgType.PLURAL && needed.size() > 1
                        && type != MessagePattern.ArgType.PLURAL) {
                    problems.add(dir + " " + language + " " + key + ": {" + n + "} is a count without plural forms");
                }
            });
            pluralSelectors(translated).forEach((n, selectors) -> {
                if (!selectors.containsAll(needed)) {
                    Set<String> missing = new TreeSet<>(needed);
                    missing.removeAll(selectors);
                    problems.add(dir + " " + language + " " + key + ": {" + n + "} lacks " + missing);
                }
            });
        });
        for (Path dir : families().keySet()) {
            Properties en = load(dir, "");
            for (String key : en.stringPropertyNames()) {
                pluralSelectors(en.getProperty(key)).forEach((n, selectors) -> {
                    if (!selectors.containsAll(Set.of("one", "other"))) {
                        problems.add(dir + " en " + key + ": {" + n + "} lacks one or other");
                    }
                });
                if (arguments(en.getProperty(key)).containsValue(MessagePattern.ArgType.CHOICE)) {
                    problems.add(dir + " en " + key + ": a choice where a plural belongs");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noEnglishIsLeftInATranslation() throws IOException {
        List<String> problems = new ArrayList<>();
        eachTranslation((dir, language, key, english, translated) -> {
            String words = english.replaceAll("\\{[^{}]*}", "").replaceAll("[\\p{P}\\p{S}\\s\\d]", "");
            if (translated.equals(english) && words.length() > 3 && !SAME_AS_ENGLISH.contains(key)
                    && !SAME_WORD.getOrDefault(language, Set.of()).contains(key)) {
                problems.add(dir + " " + language + " " + key + " = " + translated);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPatternFormatsInItsLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        eachTranslation((dir, language, key, english, translated) -> {
            Map<Integer, MessagePattern.ArgType> args = arguments(english);
            // a count the English shows plainly ("{0} open") may take plural forms in the translation
            arguments(translated).forEach((n, type) -> args.merge(n, type,
                    (a, b) -> a == MessagePattern.ArgType.NONE ? b : a));
            Object[] values = new Object[args.keySet().stream().mapToInt(i -> i + 1).max().orElse(0)];
            for (int i = 0; i < values.length; i++) {
                values[i] = args.get(i) == MessagePattern.ArgType.NONE ? "x" : 3;
            }
            for (int count : new int[] {0, 1, 2, 3, 5, 11, 21, 100, 1000000}) {
                for (int i = 0; i < values.length; i++) {
                    if (args.get(i) != MessagePattern.ArgType.NONE) {
                        values[i] = count;
                    }
                }
                try {
                    new MessageFormat(translated, locale(language)).format(values);
                } catch (RuntimeException e) {
                    problems.add(dir + " " + language + " " + key + ": " + e.getMessage());
                    return;
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    static Locale locale(String language) {
        return Locale.forLanguageTag(language.replace('_', '-'));
    }

    /** Argument number → how the pattern formats it (NONE for a plain {0}, PLURAL, CHOICE, SIMPLE for number...). */
    static Map<Integer, MessagePattern.ArgType> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<Integer, MessagePattern.ArgType> args = new HashMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                MessagePattern.Part number = parsed.getPart(i + 1);
                if (number.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                    MessagePattern.ArgType type = part.getArgType();
                    // a count shown as {0} in one place and {0, plural...} in another is a plural argument
                    args.merge(number.getValue(), type, (a, b) -> a == MessagePattern.ArgType.NONE ? b : a);
                }
            }
        }
        return args;
    }

    /** For each plural argument, the union of the keywords its sub-messages name ("=0" excluded). */
    private static Map<Integer, Set<String>> pluralSelectors(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<Integer, Set<String>> selectors = new TreeMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                int n = parsed.getPart(i + 1).getValue();
                int limit = parsed.getLimitPartIndex(i);
                Set<String> names = new HashSet<>();
                for (int j = i + 2; j < limit; j++) {
                    MessagePattern.Part p = parsed.getPart(j);
                    if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        names.add(parsed.getSubstring(p));
                    } else if (p.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = parsed.getLimitPartIndex(j);
                    }
                }
                selectors.computeIfAbsent(n, k -> new HashSet<>()).addAll(names);
            }
        }
        return selectors;
    }

    interface TranslationCheck {
        void check(Path dir, String language, String key, String english, String translated);
    }

    private static void eachTranslation(TranslationCheck check) throws IOException {
        for (Path dir : families().keySet()) {
            Properties en = load(dir, "");
            for (String language : LANGUAGES) {
                Properties other = load(dir, "_" + language);
                for (String key : new TreeSet<>(en.stringPropertyNames())) {
                    String translated = other.getProperty(key);
                    if (translated != null) {
                        check.check(RESOURCES.relativize(dir), language, key, en.getProperty(key), translated);
                    }
                }
            }
        }
    }

    /** Folder → the suffixes of its messages*.properties ("" for English, "_fr"...). */
    static Map<Path, Set<String>> families() throws IOException {
        Map<Path, Set<String>> families = new TreeMap<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            files.filter(f -> f.getFileName().toString().matches("messages(_[A-Za-z_]+)?\\.properties"))
                    .forEach(f -> families.computeIfAbsent(f.getParent(), d -> new TreeSet<>())
                            .add(f.getFileName().toString().replaceAll("^messages|\\.properties$", "")));
        }
        return families;
    }

    static Properties load(Path dir, String suffix) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("messages" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
