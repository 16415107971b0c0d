package org.clausewright.cli;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** One sentence for a failure, never a stack trace: the message of our own exceptions, a plain reading of the JDK's. */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileSystemException f) {
            return (f.getReason() == null ? "file error" : f.getReason()) + ": " + f.getFile();
        }
        if (e instanceof FileNotFoundException) {
            return "file not found: " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory: run with a larger heap (java -Xmx2g -jar clausewright.jar …)";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message;
    }
}
