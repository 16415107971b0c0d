package org.clausewright.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Work done on another thread, waited for: what it threw is thrown here as it was thrown there. */
public final class Joined {
    private Joined() {
    }

    /**
     * Waits for {@code task}; its {@link IOException}, its {@code checked} exception, or its unchecked ones are
     * thrown again. An interruption stops the wait with an {@link InterruptedIOException} saying what it stopped.
     */
    public static <T, E extends Exception> T get(Future<T> task, String stopped, Class<E> checked)
            throws IOException, E {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while " + stopped);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (checked.isInstance(cause)) {
                throw checked.cast(cause);
            }
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
