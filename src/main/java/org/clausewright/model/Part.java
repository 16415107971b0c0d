package org.clausewright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

public record Part(String id, String title, List<OutlineItem> items, Extras extras) {
    public Part {
        Ids.require(id, "part");
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Part(String id, String title, List<OutlineItem> items) {
        this(id, title, items, Extras.NONE);
    }

    /** The ids of this part's clauses, sections' clauses included, in reading order. */
    public List<String> clauseIds() {
        List<String> ids = new ArrayList<>();
        for (OutlineItem item : items) {
            if (item instanceof ClauseRef ref) {
                ids.add(ref.clauseId());
            } else if (item instanceof Section section) {
                ids.addAll(section.clauseIds());
            }
        }
        return ids;
    }

    public Part withTitle(String value) {
        return new Part(id, value, items, extras);
    }

    public Part withItems(List<OutlineItem> value) {
        return new Part(id, title, value, extras);
    }
}
