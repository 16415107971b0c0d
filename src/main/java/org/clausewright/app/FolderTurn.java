package org.clausewright.app;

import java.io.IOException;
import org.clausewright.history.HistoryException;
import org.clausewright.store.ProjectFileException;

/**
 * Where a sync runs the steps that read or write the project's folder (the check that all is recorded, the take-in
 * of what came), as opposed to its network steps. The command line runs them in line; the window runs them so that
 * no save of its own interleaves with them ({@link SessionSync}).
 */
public interface FolderTurn {
    /** A step that reads or writes the folder. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws IOException, HistoryException, ProjectFileException;
    }

    /** Runs the step at once: nothing else of this process writes the folder. */
    FolderTurn IN_LINE = new FolderTurn() {
        @Override
        public <T> T run(Step<T> step) throws IOException, HistoryException, ProjectFileException {
            return step.run();
        }
    };

    <T> T run(Step<T> step) throws IOException, HistoryException, ProjectFileException;
}
