package org.clausewright.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.clausewright.model.Clause;

/** The content differences of one clause: heading and text word by word, metadata field by field. */
record ClauseContent(TextDiff heading, TextDiff text, List<MetadataChange> metadata) {

    /** Either side may be null (its file does not exist); heading and text then compare against "". */
    static ClauseContent between(Clause older, Clause newer) {
        TextDiff heading = WordDiff.diff(older == null ? "" : older.heading(), newer == null ? "" : newer.heading());
        TextDiff text = WordDiff.diffKeepingBrackets(older == null ? "" : older.text(),
                newer == null ? "" : newer.text());
        List<MetadataChange> metadata = older == null || newer == null ? List.of() : metadata(older, newer);
        return new ClauseContent(heading, text, metadata);
    }

    private static List<MetadataChange> metadata(Clause older, Clause newer) {
        List<MetadataChange> changes = new ArrayList<>();
        add(changes, MetadataChange.Field.CATEGORY, older, newer, Clause::category);
        add(changes, MetadataChange.Field.TAGS, older, newer, c -> String.join(", ", c.tags()));
        add(changes, MetadataChange.Field.STATUS, older, newer, c -> c.status().key());
        add(changes, MetadataChange.Field.RATIONALE, older, newer, Clause::rationale);
        add(changes, MetadataChange.Field.SOURCES, older, newer, c -> String.join(", ", c.sources()));
        add(changes, MetadataChange.Field.ALTERNATIVE_OF, older, newer,
                c -> Objects.requireNonNullElse(c.alternativeOf(), ""));
        return changes;
    }

    private static void add(List<MetadataChange> changes, MetadataChange.Field field, Clause older, Clause newer,
                            Function<Clause, String> value) {
        String was = value.apply(older);
        String is = value.apply(newer);
        if (!was.equals(is)) {
            changes.add(new MetadataChange(field, was, is));
        }
    }
}
