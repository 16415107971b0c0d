package org.clausewright.history.remote;

/** Where a long exchange with a remote says how far it is, and asks whether to stop. */
public interface TransferProgress {
    TransferProgress NONE = new TransferProgress() {
        @Override
        public void update(String task, int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** @param total 0 when unknown */
    void update(String task, int done, int total);

    boolean cancelled();
}
