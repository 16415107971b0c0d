package org.clausewright.diff;

import java.util.Objects;
import org.clausewright.model.OutlineNumber;
import org.clausewright.model.Outline;

/**
 * Where a clause sits in one state of the outline.
 *
 * @param sectionId null for a clause placed directly in its part
 */
public record Position(OutlineNumber number, String partId, String sectionId) {
    public Position {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(partId, "partId");
    }

    static Position of(OutlineNumber number, Outline.Placement placement) {
        return new Position(number, placement.partId(), placement.sectionId());
    }

    boolean sameContainer(Position other) {
        return partId.equals(other.partId) && Objects.equals(sectionId, other.sectionId);
    }
}
