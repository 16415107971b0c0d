package org.clausewright.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A project's files in its folder on disk. */
public class ProjectFolder implements ProjectFiles {
    private static final Set<OpenOption> NO_LINKS = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    private final Path root;
    /** How files are opened: never through a link on disk; a jar (the bundled sample) has no links and refuses the option. */
    private final Set<OpenOption> open;

    public ProjectFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.open = root.getFileSystem() == FileSystems.getDefault() ? NO_LINKS : Set.of(StandardOpenOption.READ);
    }

    public Path root() {
        return root;
    }

    /** The folder, except inside a jar (the bundled sample), whose path names nothing a member can open. */
    @Override
    public Optional<Path> folder() {
        return open == NO_LINKS ? Optional.of(root) : Optional.empty();
    }

    /**
     * The file's bytes; a symbolic link, at the file or at the folder it is in, is refused
     * ({@link NotAPlainFileException}) and never followed.
     */
    @Override
    public Optional<byte[]> read(String path) throws IOException {
        if (isHidden(path)) {
            // the lock, temporary files and git's own files are never project content
            return Optional.empty();
        }
        Path file = resolve(path);
        requirePlainFolder(path);
        return read(path, file, () -> Files.newByteChannel(file, open));
    }

    /** The bytes of the file {@code opening} opens; empty when there is none, a link or a folder named as such. */
    private Optional<byte[]> read(String path, Path file, Opening opening) throws IOException {
        try (SeekableByteChannel channel = opening.open()) {
            return Optional.of(readAll(channel));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw notPlain(path, file, e);
        }
    }

    @FunctionalInterface
    private interface Opening {
        SeekableByteChannel open() throws IOException;
    }

    /**
     * The folder opened once, without following a link at it ({@link NotAPlainFileException} if it is one), and its
     * files opened relative to it, never through a link: what {@link #read} checks file by file (an {@code lstat} of
     * the folder before each file) holds here for as long as the reader is open, even if the folder is replaced by a
     * link meanwhile. Where the JDK offers no {@link SecureDirectoryStream}, each file is read as {@link #read} does.
     */
    @Override
    public FolderReader openFolder(String folder) throws IOException {
        Path dir = resolve(folder);
        if (open != NO_LINKS || dir.equals(root)) {
            return this::read;
        }
        SecureDirectoryStream<Path> inFolder;
        try (DirectoryStream<Path> project = Files.newDirectoryStream(root)) {
            if (!(project instanceof SecureDirectoryStream<Path> secure)) {
                return this::read;
            }
            inFolder = secure.newDirectoryStream(root.relativize(dir), LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException | NotDirectoryException absent) {
            return this::read;
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(dir)) {
                throw NotAPlainFileException.link(root, folder, true);
            }
            throw e;
        }
        return new FolderReader() {
            @Override
            public Optional<byte[]> read(String path) throws IOException {
                Path file = resolve(path);
                if (isHidden(path) || !dir.equals(file.getParent())) {
                    return ProjectFolder.this.read(path);
                }
                return ProjectFolder.this.read(path, file, () -> inFolder.newByteChannel(file.getFileName(), NO_LINKS));
            }

            @Override
            public void close() throws IOException {
                inFolder.close();
            }
        };
    }

    @Override
    public List<String> list(String folder) throws IOException {
        Path dir = resolve(folder);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        if (attributes.isSymbolicLink()) {
            throw NotAPlainFileException.link(root, folder, true);
        }
        if (!attributes.isDirectory()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".json") && !name.startsWith(".")) {
                    names.add(folder + "/" + name);
                }
            }
        }
        Collections.sort(names);
        return Collections.unmodifiableList(names);
    }

    /**
     * The channel's bytes, read into one buffer of the file's size (a project is thousands of small files:
     * an input stream's growing buffers cost measurably more), and on to the end if the file grew.
     */
    private static byte[] readAll(SeekableByteChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), Integer.MAX_VALUE - 16) + 1);
        while (channel.read(buffer) >= 0) {
            if (!buffer.hasRemaining()) {
                ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, 4096));
                buffer.flip();
                larger.put(buffer);
                buffer = larger;
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** Refuses a path whose folder inside the project (clauses/, annotations/) is a symbolic link. */
    private void requirePlainFolder(String path) throws NotAPlainFileException {
        int slash = path.lastIndexOf('/');
        if (slash > 0 && Files.isSymbolicLink(root.resolve(path.substring(0, slash)))) {
            throw NotAPlainFileException.link(root, path.substring(0, slash), true);
        }
    }

    /** Why {@code file} could not be read: a link or a folder is named as such, anything else stays as it was. */
    private IOException notPlain(String path, Path file, IOException e) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                return NotAPlainFileException.link(root, path, false);
            }
            if (attributes.isDirectory()) {
                return NotAPlainFileException.folder(root, path);
            }
        } catch (IOException unreadable) {
            e.addSuppressed(unreadable);
        }
        if (e instanceof FileSystemException named && named.getFile() != null) {
            return e;
        }
        // some reasons come without the file ("Input/output error"): the message must name it
        return (IOException) new FileSystemException(file.toString(), null, e.getMessage()).initCause(e);
    }

    /** Whether a segment of the path starts with '.'. */
    private static boolean isHidden(String path) {
        return path.startsWith(".") || path.contains("/.");
    }

    /** The file for a project-relative path; a path that would leave the folder is refused. */
    public Path resolve(String path) {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || path.contains("\\")) {
            throw new IllegalArgumentException("\"" + path + "\" is not a path inside the project");
        }
        return resolved;
    }

    /** Writes atomically; a link at the file is replaced, a linked folder is refused rather than written into. */
    public void write(String path, byte[] content) throws IOException {
        requirePlainFolder(path);
        AtomicFiles.write(resolve(path), content);
    }

    public void delete(String path) throws IOException {
        requirePlainFolder(path);
        AtomicFiles.delete(resolve(path));
    }
}
