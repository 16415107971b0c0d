package org.clausewright.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every translation of a project, by language and clause id, and the draft's titles per language; immutable. An edit copies the one language's map it
 * changes; the others are shared, as unchanged clauses are between states of a {@link Project}.
 */
public final class Translations {
    public static final Translations NONE = new Translations(Collections.emptySortedMap(),
            Collections.emptySortedMap());
    private final SortedMap<String, SortedMap<String, Translation>> byLanguage;
    private final SortedMap<String, DraftTitles> titles;

    private Translations(SortedMap<String, SortedMap<String, Translation>> byLanguage,
                         SortedMap<String, DraftTitles> titles) {
        this.byLanguage = byLanguage;
        this.titles = titles;
    }

    /** The draft's titles in {@code language}, when they have been translated. */
    public Optional<DraftTitles> titles(String language) {
        return Optional.ofNullable(titles.get(language));
    }

    /** Every language's titles, by language. */
    public Map<String, DraftTitles> allTitles() {
        return titles;
    }

    public Translations withTitles(DraftTitles value) {
        TreeMap<String, DraftTitles> copy = new TreeMap<>(titles);
        copy.put(value.language(), value);
        return new Translations(byLanguage, Collections.unmodifiableSortedMap(copy));
    }

    public Translations withoutTitles(String language) {
        if (!titles.containsKey(language)) {
            return this;
        }
        TreeMap<String, DraftTitles> copy = new TreeMap<>(titles);
        copy.remove(language);
        return new Translations(byLanguage, Collections.unmodifiableSortedMap(copy));
    }

    public static Translations of(List<Translation> all) {
        Translations result = NONE;
        for (Translation t : all) {
            result = result.with(t);
        }
        return result;
    }

    public Optional<Translation> of(String language, String clauseId) {
        return Optional.ofNullable(byLanguage.getOrDefault(language, Collections.emptySortedMap()).get(clauseId));
    }

    /** The translations into {@code language}, by clause id (sorted); empty when there are none. */
    public Map<String, Translation> in(String language) {
        return byLanguage.getOrDefault(language, Collections.emptySortedMap());
    }

    /** The languages that have at least one translation, sorted. */
    public java.util.Set<String> languages() {
        return byLanguage.keySet();
    }

    public Stream<Translation> all() {
        return byLanguage.values().stream().flatMap(m -> m.values().stream());
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty() && titles.isEmpty();
    }

    public Translations with(Translation translation) {
        TreeMap<String, Translation> language = new TreeMap<>(in(translation.language()));
        language.put(translation.clauseId(), translation);
        return replace(translation.language(), language);
    }

    public Translations without(String language, String clauseId) {
        if (!in(language).containsKey(clauseId)) {
            return this;
        }
        TreeMap<String, Translation> copy = new TreeMap<>(in(language));
        copy.remove(clauseId);
        return replace(language, copy);
    }

    /** These translations without any of the clause {@code clauseId} (the clause was deleted). */
    public Translations withoutClause(String clauseId) {
        Translations result = this;
        for (String language : byLanguage.keySet()) {
            result = result.without(language, clauseId);
        }
        return result;
    }

    private Translations replace(String language, TreeMap<String, Translation> translations) {
        TreeMap<String, SortedMap<String, Translation>> copy = new TreeMap<>(byLanguage);
        if (translations.isEmpty()) {
            copy.remove(language);
        } else {
            copy.put(language, Collections.unmodifiableSortedMap(translations));
        }
        return copy.isEmpty() && titles.isEmpty() ? NONE
                : new Translations(Collections.unmodifiableSortedMap(copy), titles);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Translations t && byLanguage.equals(t.byLanguage) && titles.equals(t.titles);
    }

    @Override
    public int hashCode() {
        return byLanguage.hashCode() * 31 + titles.hashCode();
    }

    @Override
    public String toString() {
        return "Translations" + byLanguage + titles;
    }
}
