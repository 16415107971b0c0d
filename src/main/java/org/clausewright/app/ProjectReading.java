package org.clausewright.app;

import org.clausewright.model.Project;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFiles;
import org.clausewright.store.ProjectReader;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A project read on a thread of its own: an export reads the thousands of files of the draft (or version) it
 * exports while the history works out what changed since the version it compares with. {@link #project}
 * gives the project, or throws what reading it threw.
 */
final class ProjectReading {
    private final FutureTask<Project> read;

    private ProjectReading(ProjectFiles files) {
        this.read = new FutureTask<>(() -> ProjectReader.read(files).orThrow());
    }

    static ProjectReading start(ProjectFiles files) {
        ProjectReading reading = new ProjectReading(files);
        Thread thread = new Thread(reading.read, "read-exported-project");
        // nothing is written: a reading whose export failed otherwise may simply be left to end
        thread.setDaemon(true);
        thread.start();
        return reading;
    }

    /** Waits for the reading to end. */
    Project project() throws IOException, ProjectFileException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while reading the project");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ProjectFileException problems) {
                throw problems;
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
