package org.clausewright.app;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** One sentence for a failure, never a stack trace: the message of our own exceptions, a plain reading of the JDK's. */
public final class Failures {
    private Failures() {
    }

    public static String describe(Throwable e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + target(a.getFile());
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + target(n.getFile());
        }
        if (e instanceof FileSystemException f) {
            return (f.getReason() == null ? "the file could not be written or read" : f.getReason()) + ": "
                    + target(f.getFile());
        }
        if (e instanceof FileNotFoundException) {
            return "file not found: " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory: run with a larger heap (JDK_JAVA_OPTIONS=-Xmx2g bin/clausewright …,"
                    + " or java -Xmx2g -jar clausewright.jar …)";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "an unexpected error (" + e.getClass().getSimpleName() + ")";
        }
        return message;
    }

    /** The file a person knows: an atomic write's temporary ".outline.json.1f2e.tmp" is outline.json. */
    static String target(String file) {
        if (file == null) {
            return "(unknown file)";
        }
        return file.replaceAll("(^|[/\\\\])\\.([^/\\\\]+)\\.[0-9a-f]+\\.tmp$", "$1$2");
    }
}
