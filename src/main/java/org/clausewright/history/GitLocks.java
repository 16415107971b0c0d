package org.clausewright.history;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.clausewright.store.ProjectPaths;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * Git's lock files in the way of a recording. Git (and JGit) take a lock by creating {@code index.lock} or
 * {@code refs/heads/main.lock} and give it up by renaming or deleting it; a process killed in between leaves
 * the file, and every later write fails on it. Such a lock is taken as stale, and removed, only when both
 * hold:
 * <ul>
 *   <li>it is no newer than this process's own project lock file ({@code .clausewright.lock}, which it holds):
 *   every Clausewright writes the history only while holding the project, so a lock from before our hold was
 *   left by a process that no longer holds the project, and the two times come from one file system's clock;</li>
 *   <li>it is still there after a short wait, which lets a git program that was already at work finish.</li>
 * </ul>
 * A lock newer than our hold, or any lock when the project is not held (the history opened without the
 * project lock), is someone's work in progress: recording stops with a message that names the file.
 * See docs/decisions/stale-git-locks.md.
 */
final class GitLocks {
    static final Duration WAIT = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 50;

    private final Repository repository;
    private final Path folder;
    /** The project lock file this process holds, or null when it holds none. */
    private final Path hold;
    private final Duration wait;
    private final Consumer<String> notices;

    GitLocks(Repository repository, Path folder, boolean held, Duration wait, Consumer<String> notices) {
        this.repository = repository;
        this.folder = folder;
        this.hold = held ? folder.resolve(ProjectPaths.LOCK) : null;
        this.wait = wait;
        this.notices = notices;
    }

    /** Makes sure that no lock is left on what recording a version writes: the index and the current branch. */
    void clearForRecording() throws IOException, HistoryException {
        clear(List.of(indexLock(), branchLock()));
    }

    private void clear(List<Path> locks) throws IOException, HistoryException {
        List<Path> present = present(locks);
        long deadline = System.nanoTime() + wait.toNanos();
        while (!present.isEmpty() && System.nanoTime() < deadline) {
            sleep();
            present = present(present);
        }
        for (Path lock : present) {
            FileTime locked;
            try {
                locked = Files.getLastModifiedTime(lock);
            } catch (NoSuchFileException gone) {
                continue;
            }
            if (isStale(locked)) {
                Files.deleteIfExists(lock);
                notices.accept("Removed " + shown(lock) + ", which a program that stopped while recording a version"
                        + " left behind (it is older than this command's hold on the project).");
            } else {
                throw lockedBy(lock, locked);
            }
        }
    }

    private boolean isStale(FileTime locked) throws IOException {
        if (hold == null) {
            return false;
        }
        try {
            return locked.compareTo(Files.getLastModifiedTime(hold)) <= 0;
        } catch (NoSuchFileException e) {
            // our project lock is gone (removed by hand): we cannot tell who else is at work
            return false;
        }
    }

    /** The message for a lock this process may not remove: which file, since when, what to do. */
    HistoryException lockedBy(Path lock, FileTime since) {
        return new HistoryException("another program is writing the version history: " + shown(lock)
                + " exists (since " + since.toInstant().truncatedTo(ChronoUnit.SECONDS) + "). Try again when it has finished; if no git program or other"
                + " Clausewright is working on this project, delete " + lock + " and try again");
    }

    /** The message for a lock found in the way when JGit tried to take it. */
    HistoryException lockedBy(Path lock) {
        try {
            return lockedBy(lock, Files.getLastModifiedTime(lock));
        } catch (IOException e) {
            return new HistoryException("another program was writing the version history (" + shown(lock)
                    + ") while this version was being recorded; try again", e);
        }
    }

    Path indexLock() {
        return lockOf(repository.getIndexFile().toPath());
    }

    /** The lock git takes on the ref that a new version moves: HEAD's branch, or HEAD itself when detached. */
    Path branchLock() throws IOException {
        Ref head = repository.exactRef(Constants.HEAD);
        String ref = head == null ? Constants.HEAD : head.getLeaf().getName();
        return lockOf(new File(repository.getDirectory(), ref).toPath());
    }

    private static Path lockOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    private static List<Path> present(List<Path> locks) {
        List<Path> present = new ArrayList<>();
        for (Path lock : locks) {
            if (Files.exists(lock)) {
                present.add(lock);
            }
        }
        return present;
    }

    private String shown(Path lock) {
        Path absolute = lock.toAbsolutePath().normalize();
        return absolute.startsWith(folder) ? folder.relativize(absolute).toString().replace(File.separatorChar, '/')
                : absolute.toString();
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for another program to finish writing the history", e);
        }
    }
}
