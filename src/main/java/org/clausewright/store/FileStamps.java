package org.clausewright.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each file of a project held when this program last read or wrote it, as a digest of its bytes (not
 * its modification time: sync tools and {@code git checkout} keep or set times as they please). A path never
 * read is expected to be absent, because the project was read whole: a file there now was put there by
 * another program. Safe from any thread.
 */
public final class FileStamps {
    private static final byte[] ABSENT = new byte[0];
    private final Map<String, byte[]> digests = new HashMap<>();

    /** Notes what reading {@code path} found: its bytes, or nothing. */
    public synchronized void noteRead(String path, Optional<byte[]> content) {
        digests.put(path, content.map(FileStamps::digest).orElse(ABSENT));
    }

    /** Notes what this program just wrote at {@code path}; empty when it deleted the file. */
    public void noteWritten(String path, Optional<byte[]> content) {
        noteRead(path, content);
    }

    /** Whether the disk's {@code content} of {@code path} (empty: no file) is what was last read or written. */
    public boolean matches(String path, Optional<byte[]> content) {
        byte[] expected;
        synchronized (this) {
            expected = digests.getOrDefault(path, ABSENT);
        }
        return content.isEmpty() ? expected == ABSENT || expected.length == 0
                : expected.length > 0 && MessageDigest.isEqual(expected, digest(content.get()));
    }

    /** Whether the file was present when last read or written. */
    public synchronized boolean wasPresent(String path) {
        return digests.getOrDefault(path, ABSENT).length > 0;
    }

    private static byte[] digest(byte[] content) {
        try {
            // SHA-256 is built into every JDK and runs at disk speed: only the files being written are hashed again
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }
}
