package org.clausewright.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The draft's own titles in one target language: the project's title and subtitle, and its parts' and sections'
 * titles by id, for the cover and headings of that language's export. A title not given is shown in the source
 * language.
 */
public record DraftTitles(String language, String title, String subtitle, SortedMap<String, String> parts,
                          SortedMap<String, String> sections, Extras extras) {
    public DraftTitles {
        Languages.requireTag(language, "language");
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        parts = Collections.unmodifiableSortedMap(new TreeMap<>(parts));
        sections = Collections.unmodifiableSortedMap(new TreeMap<>(sections));
        extras = extras == null ? Extras.NONE : extras;
    }

    public static DraftTitles of(String language, String title, String subtitle, Map<String, String> parts,
                                 Map<String, String> sections) {
        return new DraftTitles(language, title, subtitle, new TreeMap<>(parts), new TreeMap<>(sections), Extras.NONE);
    }

    /** The title of part or section {@code id} in this language, or {@code fallback} when none is given. */
    public String titleOf(String id, String fallback) {
        String t = parts.getOrDefault(id, sections.get(id));
        return t == null || t.isBlank() ? fallback : t;
    }
}
