package org.clausewright.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes that a crash cannot tear: the bytes go to a temporary file in the same folder, are forced to
 * disk, then renamed over the target. Readers see the old file or the new one, never a mixture.
 */
public final class AtomicFiles {
    /** Temporary files end with this; a crash may leave one behind, and loading ignores them. */
    public static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Puts {@code content} in {@code target}. A target that exists and is not a regular file (a device such as
     * /dev/full, a pipe, a folder) is refused: renaming over it would replace it, which no member means.
     */
    public static void write(Path target, byte[] content) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new FileSystemException(target.toString(), null, Files.isDirectory(target)
                    ? "it is a folder where a file was expected" : "it is not a regular file (a device or a pipe)");
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, target);
        } catch (FileSystemException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            // a full disk is a bare "No space left on device" from the channel; the message must name the file
            throw (IOException) new FileSystemException(target.toString(), null, e.getMessage()).initCause(e);
        }
    }

    /** Deletes the file if present; a missing file is not an error. */
    public static void delete(Path target) throws IOException {
        Files.deleteIfExists(target);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
