package org.clausewright.store;

import java.io.IOException;
import java.util.List;

/**
 * A save that found files changed on disk by another program (a text editor, {@code git pull}, a sync client)
 * since this program read them. Those files were left as the other program wrote them; the others were saved.
 */
public final class OutsideChangeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final List<String> paths;

    public OutsideChangeException(List<String> paths) {
        super(message(paths));
        this.paths = List.copyOf(paths);
    }

    /** The project-relative paths that were not written ("clauses/do-no-harm.json"). */
    public List<String> paths() {
        return paths;
    }

    private static String message(List<String> paths) {
        String named = paths.size() <= 3 ? String.join(", ", paths)
                : String.join(", ", paths.subList(0, 3)) + " and " + (paths.size() - 3) + " more";
        return named + (paths.size() == 1 ? " was" : " were") + " changed on disk by another program since "
                + "Clausewright read " + (paths.size() == 1 ? "it" : "them") + ", and " + (paths.size() == 1
                ? "was" : "were") + " not overwritten: open the project again to work on what is on disk now";
    }
}
