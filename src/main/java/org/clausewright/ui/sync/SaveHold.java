package org.clausewright.ui.sync;

/**
 * Keeps the window's autosave from writing the folder while a sync writes it: edits made meanwhile stay in
 * memory and are merged with what came in, then saved.
 */
public interface SaveHold {
    void hold();

    /** Saves again as usual, at once if edits are waiting. */
    void resume();
}
