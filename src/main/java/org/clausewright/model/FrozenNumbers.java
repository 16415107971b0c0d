package org.clausewright.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Numbers stored when numbering was frozen (after adoption, or when the committee decides), by id. An item keeps
 * its number wherever it moves; a removed item's number stays here, unused; a new item is numbered after the one
 * before it (2.3 bis), and that number is stored too.
 */
public record FrozenNumbers(Map<String, OutlineNumber> parts, Map<String, OutlineNumber> sections,
                            Map<String, OutlineNumber> clauses, Extras extras) {
    public FrozenNumbers {
        parts = Collections.unmodifiableSortedMap(new TreeMap<>(parts));
        sections = Collections.unmodifiableSortedMap(new TreeMap<>(sections));
        clauses = Collections.unmodifiableSortedMap(new TreeMap<>(clauses));
        extras = extras == null ? Extras.NONE : extras;
    }

    public FrozenNumbers(Map<String, OutlineNumber> parts, Map<String, OutlineNumber> sections, Map<String,
                        OutlineNumber> clauses) {
        this(parts, sections, clauses, Extras.NONE);
    }

    public FrozenNumbers withExtras(Extras value) {
        return new FrozenNumbers(parts, sections, clauses, value);
    }
}
