package org.clausewright.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Background work as JavaFX {@link Task}s on one worker thread: one thread keeps saves, records and
 * restores in the order they were asked for, which is the order the folder must see them. The thread is not
 * a daemon, so the process cannot end half way through a write; closing the window waits for
 * {@link #whenIdle} before it lets go of the project.
 */
public final class FxBackground implements Background, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "clausewright-worker"));
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        // counted down after the result is handled, which may ask for more work: idle means nothing follows
        task.setOnSucceeded(e -> {
            try {
                done.accept(task.getValue());
            } finally {
                pending.set(pending.get() - 1);
            }
        });
        task.setOnFailed(e -> {
            try {
                failed.accept(task.getException());
            } finally {
                pending.set(pending.get() - 1);
            }
        });
        onUiThread(() -> pending.set(pending.get() + 1));
        worker.execute(task);
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
        ChangeListener<Number> listener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number now) {
                if (now.intValue() == 0) {
                    pending.removeListener(this);
                    action.run();
                }
            }
        };
        pending.addListener(listener);
    }

    /** Takes no more work; what was asked for still runs to its end, and then the worker thread ends. */
    @Override
    public void close() {
        worker.shutdown();
    }
}
