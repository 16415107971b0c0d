package org.clausewright.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each file of a project held when this program last read or wrote it (not its modification time: sync
 * tools and {@code git checkout} keep or set times as they please). A path never read is expected to be absent,
 * because the project was read whole: a file there now was put there by another program. Safe from any thread.
 * <p>
 * A file's bytes are kept as read and compared as they are until {@link #settle} replaces them by their digest:
 * opening a project of 2,000 clauses does not hash 4,000 files on the way to the first screen (about a tenth of
 * the reading's CPU time), and a command that never saves never hashes at all.
 */
public final class FileStamps {
    private static final byte[] ABSENT = new byte[0];
    /** Digests of files as last read or written; {@link #ABSENT} for a file that was not there. */
    private final Map<String, byte[]> digests = new HashMap<>();
    /** Files whose digest is not taken yet: the bytes read or written, until {@link #settle}. */
    private final Map<String, byte[]> held = new HashMap<>();

    /** Notes what reading {@code path} found: its bytes, or nothing. The bytes must not change afterwards. */
    public synchronized void noteRead(String path, Optional<byte[]> content) {
        if (content.isPresent()) {
            held.put(path, content.get());
            digests.remove(path);
        } else {
            held.remove(path);
            digests.put(path, ABSENT);
        }
    }

    /** Notes what this program just wrote at {@code path}; empty when it deleted the file. */
    public void noteWritten(String path, Optional<byte[]> content) {
        noteRead(path, content);
    }

    /** Whether the disk's {@code content} of {@code path} (empty: no file) is what was last read or written. */
    public boolean matches(String path, Optional<byte[]> content) {
        byte[] bytes;
        byte[] expected;
        synchronized (this) {
            bytes = held.get(path);
            expected = digests.getOrDefault(path, ABSENT);
        }
        if (bytes != null) {
            return content.isPresent() && Arrays.equals(bytes, content.get());
        }
        return content.isEmpty() ? expected.length == 0
                : expected.length > 0 && MessageDigest.isEqual(expected, digest(content.get()));
    }

    /** Whether the file was present when last read or written. */
    public synchronized boolean wasPresent(String path) {
        return held.containsKey(path) || digests.getOrDefault(path, ABSENT).length > 0;
    }

    /**
     * Replaces the bytes kept of each file by their digest, so that an open project does not hold its files
     * twice; run off the UI thread once the window shows. A file noted again meanwhile keeps its newer stamp.
     */
    public void settle() {
        List<Map.Entry<String, byte[]>> pending;
        synchronized (this) {
            pending = List.copyOf(held.entrySet());
        }
        for (Map.Entry<String, byte[]> file : pending) {
            byte[] digest = digest(file.getValue());
            synchronized (this) {
                if (held.get(file.getKey()) == file.getValue()) {
                    held.remove(file.getKey());
                    digests.put(file.getKey(), digest);
                }
            }
        }
    }

    private static byte[] digest(byte[] content) {
        try {
            // SHA-256 is built into every JDK; 32 bytes, whatever the file's size
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }
}
