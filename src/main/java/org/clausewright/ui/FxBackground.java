package org.clausewright.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Background work on one worker thread: one thread keeps saves, records and restores in the order they were
 * asked for, which is the order the folder must see them. Results come back on the UI thread. The thread is
 * not a daemon, so the process cannot end half way through a write; closing the window waits for
 * {@link #whenIdle} before it lets go of the project.
 */
public final class FxBackground implements Background, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "clausewright-worker"));
    /** A sync's network steps: not a daemon either, since its folder steps write the folder (through the session). */
    private final ExecutorService beside = Executors.newSingleThreadExecutor(r -> new Thread(r, "clausewright-sync"));
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        follow(submit(work), done, failed);
    }

    @Override
    public <T> void runBeside(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        follow(submit(work, beside), done, failed);
    }

    /**
     * Starts {@code work} on the worker and returns at once; callable from any thread, even before JavaFX has
     * started (the window's first project is read meanwhile). {@link #follow} takes the result.
     */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        return submit(work, worker);
    }

    private static <T> CompletableFuture<T> submit(Callable<T> work, ExecutorService on) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, on);
    }

    /**
     * Hands the result of {@code work} to {@code done}, or its failure to {@code failed}, on the UI thread; until
     * then the work counts as pending.
     */
    public <T> void follow(CompletableFuture<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        onUiThread(() -> {
            pending.set(pending.get() + 1);
            work.whenComplete((result, error) -> Platform.runLater(() -> handle(result, error, done, failed)));
        });
    }

    private <T> void handle(T result, Throwable error, Consumer<T> done, Consumer<Throwable> failed) {
        // counted down after the result is handled, which may ask for more work: idle means nothing follows
        try {
            if (error == null) {
                done.accept(result);
            } else {
                failed.accept(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        } finally {
            pending.set(pending.get() - 1);
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** How many pieces of work were asked for and have not finished (their results handled); on the UI thread. */
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Runs {@code action} on the UI thread once no work is pending: at once if none is. */
    public void whenIdle(Runnable action) {
        if (pending.get() == 0) {
            action.run();
            return;
        }
        pending.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                if (now.intValue() == 0) {
                    pending.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /** Takes no more work; what was asked for still runs to its end, and then the worker thread ends. */
    @Override
    public void close() {
        beside.shutdown();
        worker.shutdown();
    }

    /**
     * Takes no more work and waits for what was asked before to end (a save, a recording); its results are
     * not handled (they would run on the UI thread, which is waiting here).
     */
    public void closeAndWait() {
        beside.shutdown();
        worker.shutdown();
        try {
            if (!beside.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)
                    || !worker.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("the work in progress did not end within two minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
