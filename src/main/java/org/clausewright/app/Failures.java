package org.clausewright.app;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence for a failure, never a stack trace: the message of our own exceptions, and for the JDK's file
 * errors (which give a bare path, or a bare "Is a directory") the file, what is wrong with it and what to do.
 */
public final class Failures {
    // FileInputStream and FileOutputStream say "path (reason)"
    private static final Pattern STREAM_MESSAGE = Pattern.compile("(.+) \\(([^()]+)\\)");

    private Failures() {
    }

    public static String describe(Throwable e) {
        Throwable cause = e.getCause();
        // a wrapper with no words of its own (UncheckedIOException, a thread's ExecutionException) says its cause
        if (cause != null && cause != e && (e instanceof UncheckedIOException || e.getMessage() == null
                || e.getMessage().equals(cause.toString()))) {
            return describe(cause);
        }
        if (e instanceof FileSystemException f) {
            return file(f);
        }
        if (e instanceof FileNotFoundException && e.getMessage() != null) {
            Matcher m = STREAM_MESSAGE.matcher(e.getMessage());
            return m.matches() ? file(new FileSystemException(m.group(1), null, m.group(2)))
                    : file(new NoSuchFileException(e.getMessage()));
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory: run with a larger heap (JDK_JAVA_OPTIONS=-Xmx2g bin/clausewright …,"
                    + " or java -Xmx2g -jar clausewright.jar …)";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "an unexpected error (" + e.getClass().getSimpleName() + ")";
        }
        if (e instanceof IOException && FileReason.of(message) != FileReason.OTHER) {
            // the JDK's reason alone, from a stream that no longer knows its file
            return FileReason.of(message).sentence(null);
        }
        return withPlainCause(e, message);
    }

    /** What is wrong with a file and what to do, without naming it, for a message that names it already. */
    public static String reason(IOException e) {
        FileReason reason = e instanceof FileSystemException f ? reasonOf(f)
                : e.getMessage() == null ? FileReason.UNREADABLE : FileReason.of(e.getMessage());
        if (e instanceof FileSystemException f) {
            Path blocking = fileInTheWay(reason, f.getFile());
            if (blocking != null) {
                return fileWhereAFolderIsNeeded(blocking);
            }
        }
        if (reason != FileReason.OTHER) {
            return reason.brief();
        }
        String said = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return said == null || said.isBlank() ? FileReason.UNREADABLE.brief() : said;
    }

    private static String file(FileSystemException e) {
        String file = target(e.getFile() != null ? e.getFile() : e.getOtherFile());
        FileReason reason = reasonOf(e);
        Path blocking = fileInTheWay(reason, file);
        if (blocking != null) {
            return fileWhereAFolderIsNeeded(blocking);
        }
        if (reason == FileReason.OTHER) {
            String said = e.getReason() == null ? "it could not be read or written" : e.getReason();
            return file == null ? said : file + ": " + said;
        }
        return reason.sentence(file);
    }

    private static FileReason reasonOf(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return FileReason.PERMISSION;
        }
        if (e instanceof NoSuchFileException) {
            return FileReason.MISSING;
        }
        if (e instanceof NotDirectoryException) {
            return FileReason.NOT_A_FOLDER;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return FileReason.NOT_EMPTY;
        }
        if (e instanceof FileAlreadyExistsException) {
            return FileReason.EXISTS;
        }
        return e.getReason() == null ? FileReason.UNREADABLE : FileReason.of(e.getReason());
    }

    /**
     * Our wrappers name the file and quote their cause's message; when that cause is a JDK file error, its
     * message is a bare path, so the plain reading stands in its place.
     */
    private static String withPlainCause(Throwable e, String message) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String raw = cause.getMessage();
            boolean plainable = cause instanceof FileSystemException
                    || cause instanceof IOException && raw != null && FileReason.of(raw) != FileReason.OTHER;
            if (!plainable || raw == null || raw.isBlank()) {
                continue;
            }
            // only where a wrapper quotes its cause, "(…)" or after a last ": ", since a bare path is also
            // the start of the longer paths the wrapper names
            String plain = cause instanceof FileSystemException f ? file(f) : reason((IOException) cause);
            if (message.contains("(" + raw + ")")) {
                return message.replace("(" + raw + ")", "(" + plain + ")");
            }
            if (message.endsWith(": " + raw)) {
                return message.substring(0, message.length() - raw.length()) + plain;
            }
        }
        return message;
    }

    /**
     * One wording for one situation, whichever call found it: a folder could not be made because a file has
     * its name ("File exists"), or a path runs through a file ("Not a directory").
     */
    private static String fileWhereAFolderIsNeeded(Path file) {
        return file + " is a file where a folder is needed; rename or move it, or choose another place";
    }

    /** The file standing where {@code file}'s path needs a folder, or null when that is not what went wrong. */
    private static Path fileInTheWay(FileReason reason, String file) {
        if (file == null) {
            return null;
        }
        if (reason == FileReason.EXISTS) {
            return isFile(file) ? Path.of(file) : null;
        }
        return reason == FileReason.NOT_A_FOLDER ? blockingAncestor(file) : null;
    }

    /** The nearest existing ancestor of {@code file} when it is a file: what stops the path (a "Not a directory"). */
    private static Path blockingAncestor(String file) {
        try {
            for (Path p = Path.of(file).getParent(); p != null; p = p.getParent()) {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p)) {
                    return Files.isDirectory(p) ? null : p;
                }
            }
        } catch (InvalidPathException | SecurityException e) {
            return null;
        }
        return null;
    }

    private static boolean isFile(String file) {
        try {
            return Files.isRegularFile(Path.of(file));
        } catch (InvalidPathException | SecurityException e) {
            return false;
        }
    }

    /** The file a person knows: an atomic write's temporary ".outline.json.1f2e.tmp" is outline.json. */
    static String target(String file) {
        if (file == null) {
            return null;
        }
        return file.replaceAll("(^|[/\\\\])\\.([^/\\\\]+)\\.[0-9a-f]+\\.tmp$", "$1$2");
    }
}
