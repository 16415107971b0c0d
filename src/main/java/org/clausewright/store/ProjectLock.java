package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The lock file that tells a second Clausewright (or a second member on a shared drive) who holds a
 * project open. Whoever finds it held opens the project read-only. A lock left by a process that died on
 * this same machine is taken over; one from another machine is respected, since it cannot be checked.
 */
public final class ProjectLock implements AutoCloseable {
    private static final java.time.Duration UNREADABLE_LOCK_EXPIRY = java.time.Duration.ofMinutes(1);
    private final Path file;
    private final Holder holder;

    private ProjectLock(Path file, Holder holder) {
        this.file = file;
        this.holder = holder;
    }

    /** Who holds a lock: a member, on a machine, in a process, since a time. */
    public record Holder(String member, String host, long pid, Instant since) {
        public String describe() {
            return member + " on " + host + " (since " + since + ")";
        }
    }

    /** Takes the lock for {@code member}, or returns who holds it. */
    public static Outcome acquire(Path projectDir, String member) throws IOException {
        Path file = projectDir.resolve(ProjectPaths.LOCK);
        Holder me = new Holder(member, hostName(), ProcessHandle.current().pid(), Instant.now());
        for (int attempt = 0; attempt < 2; attempt++) {
            if (create(file, encode(me))) {
                return new Outcome(new ProjectLock(file, me), null);
            }
            Holder other = holderOf(file);
            if (other != null && !isStale(other)) {
                return new Outcome(null, other);
            }
            Files.deleteIfExists(file);
        }
        throw new IOException("could not take the lock " + file + ": another program keeps re-creating it");
    }

    /**
     * Creates the lock file with its whole content at once: written to a temporary file, then linked into
     * place, which fails if a lock exists. A second opener can therefore never read a half-written lock.
     * Where the file system has no hard links (some network shares), the file is created and then written.
     */
    private static boolean create(Path file, byte[] content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid()
                + AtomicFiles.TEMP_SUFFIX);
        try {
            Files.write(temp, content);
            Files.createLink(file, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException e) {
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
     * Who the lock names; a lock that cannot be read is taken as held by someone unknown while it is recent
     * (it may be another program's, or being replaced) and as abandoned once it is old.
     */
    private static Holder holderOf(Path file) throws IOException {
        Optional<Holder> read = read(file);
        if (read.isPresent()) {
            return read.get();
        }
        Instant modified;
        try {
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (java.nio.file.NoSuchFileException gone) {
            return null;
        }
        if (modified.isBefore(Instant.now().minus(UNREADABLE_LOCK_EXPIRY))) {
            return null;
        }
        return new Holder("another member", "an unknown computer", -1, modified);
    }

    /** Either the lock is ours, or {@code heldBy} says who has it. */
    public record Outcome(ProjectLock lock, Holder heldBy) {
        public boolean acquired() {
            return lock != null;
        }
    }

    public Holder holder() {
        return holder;
    }

    /** Removes the lock file if it is still ours. */
    @Override
    public void close() throws IOException {
        Optional<Holder> current = read(file);
        if (current.isPresent() && current.get().pid() == holder.pid() && current.get().host().equals(holder.host())) {
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

    private static Optional<Holder> read(Path file) {
        try {
            JsonNode node = JsonFormat.read(Files.readAllBytes(file));
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
