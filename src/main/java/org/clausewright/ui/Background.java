package org.clausewright.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (disk, git, Word) away from the UI thread and hands the result back on it. View models
 * take one so that tests can run the work at once, on their own thread.
 */
public interface Background {
    <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Hands a change made on another thread (a save finishing) to the UI thread. */
    void onUiThread(Runnable action);

    /** For tests: work runs at once, on the caller's thread. */
    static Background immediate() {
        return new Background() {
            @Override
            public <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }
        };
    }
}
