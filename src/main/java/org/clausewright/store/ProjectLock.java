package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The lock file that tells a second Clausewright (or a second member on a shared drive) who holds a
 * project open. Whoever finds it held opens the project read-only. A lock left by a process that died on
 * this same machine is taken over; one from another machine is respected, since it cannot be checked, and
 * the member is told which file to delete once that machine is known to be off.
 *
 * <p>Taking the lock is one atomic step (a complete file hard-linked into place, which fails if a lock is
 * there). Taking over a stale lock never deletes what it did not judge: the lock is renamed aside, and kept
 * removed only if what was moved is the very file judged stale; a lock another opener took meanwhile is put
 * back.
 */
public final class ProjectLock implements AutoCloseable {
    private static final Duration UNREADABLE_LOCK_EXPIRY = Duration.ofMinutes(1);
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int ATTEMPTS = 8;
    private final Path file;
    private final Holder holder;

    private ProjectLock(Path file, Holder holder) {
        this.file = file;
        this.holder = holder;
    }

    /** Who holds a lock: a member, on a machine, in a process (-1 when unknown), since a time. */
    public record Holder(String member, String host, long pid, Instant since) {
        /** "Amina Diallo on lab-7 (since 2026-11-30 14:02)". */
        public String describe() {
            return member + " on " + host + " (since " + sinceText() + ")";
        }

        /** The time in this computer's zone, to the minute: what a person compares with a clock. */
        public String sinceText() {
            return SINCE.format(since.atZone(ZoneId.systemDefault()));
        }
    }

    /** Either the lock is ours, or {@code heldBy} says who has it; {@code file} is the lock file. */
    public record Outcome(ProjectLock lock, Holder heldBy, Path file) {
        public boolean acquired() {
            return lock != null;
        }

        /**
         * What a member who found the project held can do, in a sentence. A lock from another computer cannot
         * be checked from here, so the sentence says when it is safe to delete it by hand.
         */
        public String advice() {
            if (heldBy == null) {
                return "";
            }
            if (heldBy.pid() < 0) {
                return "The project has a lock file that cannot be read (" + file + ", written " + heldBy.sinceText()
                        + "). Clausewright takes it over a minute after it was written; delete it sooner only if no"
                        + " Clausewright has the project open.";
            }
            if (heldBy.host().equals(hostName())) {
                return "The project is held by " + heldBy.member() + " on this computer (process " + heldBy.pid()
                        + ") since " + heldBy.sinceText() + ": close it there first.";
            }
            return "The project is held by " + heldBy.member() + " on host " + heldBy.host() + " since "
                    + heldBy.sinceText() + ". If that computer is off or Clausewright is not running there, delete "
                    + file + " and open again.";
        }
    }

    /** A step of {@link #acquire} that tests can interleave with a second opener. */
    interface Race {
        Race NONE = lockFile -> { };

        /** Runs after a lock was judged stale, before it is replaced. */
        void beforeReplacingStale(Path lockFile) throws IOException;
    }

    /** Takes the lock for {@code member}, or returns who holds it. */
    public static Outcome acquire(Path projectDir, String member) throws IOException {
        return acquire(projectDir, member, Race.NONE);
    }

    static Outcome acquire(Path projectDir, String member, Race race) throws IOException {
        Path file = projectDir.resolve(ProjectPaths.LOCK);
        Holder me = new Holder(member, hostName(), ProcessHandle.current().pid(), Instant.now());
        byte[] content = encode(me);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (create(file, content)) {
                return new Outcome(new ProjectLock(file, me), null, file);
            }
            Seen seen = Seen.of(file);
            if (seen == null) {
                continue; // released meanwhile: try again
            }
            Holder other = holderOf(seen);
            if (other != null && !isStale(other)) {
                return new Outcome(null, other, file);
            }
            race.beforeReplacingStale(file);
            removeIfStill(file, seen);
        }
        throw new IOException("could not take the lock " + file + ": other programs keep taking and releasing it;"
                + " try again");
    }

    /**
     * Creates the lock file with its whole content at once: written to a temporary file, then linked into
     * place, which fails if a lock exists. A second opener can therefore never read a half-written lock.
     * Where the file system has no hard links (some network shares), the file is created and then written.
     */
    private static boolean create(Path file, byte[] content) throws IOException {
        Path temp = sibling(file, "new");
        try {
            Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.createLink(file, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException e) {
            if (!Files.exists(temp, LinkOption.NOFOLLOW_LINKS)) {
                throw e; // the temporary file could not be written: the folder is not writable
            }
            try {
                Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return true;
            } catch (FileAlreadyExistsException held) {
                return false;
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Removes the lock judged stale, and nothing else: it is renamed aside (atomic), and if what was moved is
     * not the file that was read — another opener replaced it in between — it is linked back into place.
     */
    private static void removeIfStill(Path file, Seen stale) throws IOException {
        Path aside = sibling(file, "stale");
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            return;
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot take over the lock " + file + " safely on this file system: if nobody "
                    + "has the project open, delete it and open again", e);
        }
        try {
            Seen moved = Seen.of(aside);
            if (moved == null || moved.sameAs(stale)) {
                return;
            }
            try {
                Files.createLink(file, aside);
            } catch (FileAlreadyExistsException newer) {
                // a third opener took the empty place in the instant between: its lock stands, and the one
                // moved aside lost its race (its owner finds another lock there when it closes)
                return;
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.move(aside, file);
            }
        } finally {
            Files.deleteIfExists(aside);
        }
    }

    private static Path sibling(Path file, String what) {
        return file.resolveSibling(file.getFileName() + "." + what + "." + ProcessHandle.current().pid() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + AtomicFiles.TEMP_SUFFIX);
    }

    /** A lock file as read: its bytes, its identity on disk and its time, read without following a link. */
    private record Seen(byte[] content, Object fileKey, Instant modified) {
        static Seen of(Path file) throws IOException {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                byte[] content = attributes.isRegularFile() ? Files.readAllBytes(file) : new byte[0];
                return new Seen(content, attributes.fileKey(), attributes.lastModifiedTime().toInstant());
            } catch (NoSuchFileException gone) {
                return null;
            }
        }

        boolean sameAs(Seen other) {
            return Objects.equals(fileKey, other.fileKey) && modified.equals(other.modified)
                    && Arrays.equals(content, other.content);
        }
    }

    /**
     * Who the lock names; a lock that cannot be read is taken as held by someone unknown while it is recent
     * (it may be another program's, or being replaced) and as abandoned (null) once it is old.
     */
    private static Holder holderOf(Seen seen) {
        Optional<Holder> read = decode(seen.content());
        if (read.isPresent()) {
            return read.get();
        }
        if (seen.modified().isBefore(Instant.now().minus(UNREADABLE_LOCK_EXPIRY))) {
            return null;
        }
        return new Holder("another member", "an unknown computer", -1, seen.modified());
    }

    public Holder holder() {
        return holder;
    }

    /** Removes the lock file if it is still ours. */
    @Override
    public void close() throws IOException {
        Seen current = Seen.of(file);
        Optional<Holder> named = current == null ? Optional.empty() : decode(current.content());
        if (named.isPresent() && named.get().equals(holder)) {
            Files.deleteIfExists(file);
        }
    }

    private static boolean isStale(Holder other) {
        if (other.pid() < 0 || !other.host().equals(hostName())) {
            return false;
        }
        if (other.pid() == ProcessHandle.current().pid()) {
            return false;
        }
        return ProcessHandle.of(other.pid()).map(p -> !p.isAlive()).orElse(true);
    }

    private static Optional<Holder> decode(byte[] content) {
        try {
            JsonNode node = JsonFormat.read(content);
            if (node == null || !node.isObject() || !node.has("member") || !node.has("host") || !node.has("pid")) {
                return Optional.empty();
            }
            return Optional.of(new Holder(node.path("member").asText("someone"), node.path("host").asText(""),
                    node.path("pid").asLong(-1), Instant.parse(node.path("since").asText(Instant.EPOCH.toString()))));
        } catch (IOException | RuntimeException e) {
            // a torn or foreign lock file says nothing reliable about a holder
            return Optional.empty();
        }
    }

    private static byte[] encode(Holder h) {
        return JsonFormat.write(g -> {
            g.writeStartObject();
            g.writeStringField("member", h.member());
            g.writeStringField("host", h.host());
            g.writeNumberField("pid", h.pid());
            g.writeStringField("since", h.since().toString());
            g.writeEndObject();
        });
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("this computer");
        }
    }
}
