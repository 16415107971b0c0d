package org.clausewright.history;

/**
 * A state of the project that can be read and compared: a recorded {@link Version}, or the folder as it
 * is now ({@link #WORKING}).
 */
public sealed interface Revision permits Version, Revision.Working {
    /** The name of the folder's current state on the command line and in {@code resolve}. */
    String WORKING_NAME = "working";

    Working WORKING = new Working();

    /** The project folder as it is on disk, including changes not yet recorded. */
    record Working() implements Revision {
        @Override
        public String toString() {
            return WORKING_NAME;
        }
    }
}
