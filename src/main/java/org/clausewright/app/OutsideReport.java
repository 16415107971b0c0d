package org.clausewright.app;

import java.util.List;
import java.util.Optional;

/**
 * What looking at the folder for other programs' changes found.
 *
 * @param takenIn the files whose change is now in the window (it was not edited there)
 * @param merged  the files whose change was merged with the window's edit of the same part, to be saved
 * @param waiting   every change not taken in, now or before, that still stands
 * @param redoEnded the name key of the undone step that can no longer be redone because what came in changed what
 *                  it changes (its redo would have put the window's version back over it); empty when every Redo
 *                  still applies
 */
public record OutsideReport(List<String> takenIn, List<String> merged, List<OutsideChange> waiting,
                            Optional<String> redoEnded) {
    public OutsideReport {
        takenIn = List.copyOf(takenIn);
        merged = List.copyOf(merged);
        waiting = List.copyOf(waiting);
        java.util.Objects.requireNonNull(redoEnded, "redoEnded");
    }

    public OutsideReport(List<String> takenIn, List<String> merged, List<OutsideChange> waiting) {
        this(takenIn, merged, waiting, Optional.empty());
    }
}
