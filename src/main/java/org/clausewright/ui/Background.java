package org.clausewright.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (disk, git, Word) away from the UI thread and hands the result back on it. View models
 * take one so that tests can run the work at once, on their own thread.
 */
public interface Background {
    <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /**
     * Runs {@code work} beside the worker, not behind it: for a sync's network steps, so that saves go on during a
     * long fetch; the work's own folder steps keep clear of saves through the session. Results on the UI thread.
     */
    default <T> void runBeside(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        run(name, work, done, failed);
    }

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
