package org.clausewright.app;

import java.util.List;

/**
 * What looking at the folder for other programs' changes found.
 *
 * @param takenIn the files whose change is now in the window (it was not edited there)
 * @param merged  the files whose change was merged with the window's edit of the same part, to be saved
 * @param waiting every change not taken in, now or before, that still stands
 */
public record OutsideReport(List<String> takenIn, List<String> merged, List<OutsideChange> waiting) {
    public OutsideReport {
        takenIn = List.copyOf(takenIn);
        merged = List.copyOf(merged);
        waiting = List.copyOf(waiting);
    }
}
