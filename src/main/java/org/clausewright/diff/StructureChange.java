package org.clausewright.diff;

import java.util.Objects;
import java.util.Set;
import org.clausewright.model.OutlineNumber;

/**
 * A part or section that was added, removed, renamed or moved (moved: reordered among the parts or sections
 * both states share, or for a section, put into another part).
 *
 * @param oldTitle  empty for an added part or section
 * @param newTitle  empty for a removed one
 * @param oldNumber null for an added part or section
 * @param newNumber null for a removed one
 */
public record StructureChange(Level level, String id, Set<Kind> kinds, String oldTitle, String newTitle,
                              OutlineNumber oldNumber, OutlineNumber newNumber) {
    public enum Level {
        PART, SECTION
    }

    public enum Kind {
        ADDED, REMOVED, RENAMED, MOVED
    }

    public StructureChange {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(id, "id");
        kinds = Set.copyOf(kinds);
        oldTitle = oldTitle == null ? "" : oldTitle;
        newTitle = newTitle == null ? "" : newTitle;
    }

    public boolean is(Kind kind) {
        return kinds.contains(kind);
    }
}
