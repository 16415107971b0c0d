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
        boolean one = paths.size() == 1;
        return named + (one ? " was" : " were") + " changed on disk by another program after Clausewright read "
                + (one ? "it" : "them") + ", and " + (one ? "was" : "were") + " not overwritten; the other files "
                + "were saved. Look at the change, then make yours again on what the folder holds now";
    }
}
