package org.clausewright.history;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.clausewright.store.AtomicFiles;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.CoreConfig;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.WorkingTreeOptions;

/**
 * The folder compared with a version the way JGit's working-tree walk compares it, for a folder as
 * Clausewright keeps it: nothing ignored but the lock and {@code *.tmp} files, no attributes or line-end
 * conversion, only plain files and folders with ASCII names. A file whose size and time match its index
 * entry (and whose executable bit matches it, when core.fileMode asks) has the indexed content, any other
 * is hashed. JGit's walk costs more in a process that has just started; {@link #compare} returns null for
 * any folder it is not sure about, which JGit then walks.
 */
final class PlainFolder {
    /** What a .gitignore may say for the folder to count as plain: the lines Clausewright writes. */
    private static final List<String> DEFAULT_IGNORES = List.of(VersionedPaths.LOCK_FILE, VersionedPaths.TEMP_PATTERN);

    private final Repository repository;
    private final Path root;
    private final Map<String, PosixFileAttributes> files = new HashMap<>();
    private boolean unsure;

    private PlainFolder(Repository repository) {
        this.repository = repository;
        this.root = repository.getWorkTree().toPath();
    }

    /** The changes in path order, as {@link Comparison#withFolder} gives them, or null when unsure. */
    static List<PathChange> compare(Repository repository, ObjectReader reader, ObjectId tree, boolean folderIsNewer)
            throws IOException {
        PlainFolder folder = new PlainFolder(repository);
        if (!folder.plainSettings()) {
            return null;
        }
        folder.list(folder.root, "");
        Map<String, ObjectId> recorded = new HashMap<>();
        folder.recorded(reader, tree, "", recorded);
        if (folder.unsure) {
            return null;
        }
        Map<String, ObjectId> present = folder.contentIds();
        if (present == null) {
            return null;
        }
        // Most files are in both with the same content: only the others are sorted into path order.
        TreeSet<byte[]> differ = new TreeSet<>(Arrays::compareUnsigned);
        for (Map.Entry<String, ObjectId> file : recorded.entrySet()) {
            if (!file.getValue().equals(present.get(file.getKey()))) {
                differ.add(file.getKey().getBytes(StandardCharsets.UTF_8));
            }
        }
        for (String path : present.keySet()) {
            if (!recorded.containsKey(path)) {
                differ.add(path.getBytes(StandardCharsets.UTF_8));
            }
        }
        List<PathChange> changes = new ArrayList<>();
        for (byte[] raw : differ) {
            String path = new String(raw, StandardCharsets.UTF_8);
            if (!VersionedPaths.isVisible(path)) {
                continue;
            }
            boolean inVersion = recorded.containsKey(path);
            boolean inFolder = present.containsKey(path);
            boolean before = folderIsNewer ? inVersion : inFolder;
            boolean after = folderIsNewer ? inFolder : inVersion;
            changes.add(new PathChange(path, !before ? PathChange.Kind.ADDED
                    : !after ? PathChange.Kind.DELETED : PathChange.Kind.MODIFIED));
        }
        return changes;
    }

    /** No ignore rules but Clausewright's own, no attributes, no line-end conversion. */
    private boolean plainSettings() throws IOException {
        CoreConfig core = repository.getConfig().get(CoreConfig.KEY);
        WorkingTreeOptions options = repository.getConfig().get(WorkingTreeOptions.KEY);
        File gitDir = repository.getDirectory();
        // JGit takes the executable bit from POSIX permissions; elsewhere it is left to JGit
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                && core.getExcludesFile() == null && core.getAttributesFile() == null
                && options.getAutoCRLF() == CoreConfig.AutoCRLF.FALSE
                && noRules(new File(gitDir, Constants.INFO_EXCLUDE).toPath())
                && !new File(gitDir, Constants.INFO_ATTRIBUTES).exists()
                && defaultIgnores(root.resolve(Constants.DOT_GIT_IGNORE));
    }

    private static boolean noRules(Path file) throws IOException {
        return onlyLines(file, List.of());
    }

    private static boolean defaultIgnores(Path gitignore) throws IOException {
        return onlyLines(gitignore, DEFAULT_IGNORES);
    }

    /** Whether {@code file} is absent or has no lines but blank ones, comments and {@code allowed}. */
    private static boolean onlyLines(Path file, List<String> allowed) throws IOException {
        if (!Files.exists(file)) {
            return true;
        }
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#") && !allowed.contains(line)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The plain files under {@code dir}. Hidden entries never show in the changes and are left out, as are the
     * lock and {@code *.tmp} files and folders, which the default rules ignore; anything else unusual (a link,
     * a nested repository, rules or attributes in a folder) makes the comparison unsure.
     */
    private void list(Path dir, String prefix) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.equals(Constants.DOT_GIT_IGNORE) && !prefix.isEmpty()
                        || name.equals(Constants.DOT_GIT_ATTRIBUTES)
                        || name.equals(Constants.DOT_GIT) && !prefix.isEmpty()) {
                    unsure = true;
                    return;
                }
                if (!isAscii(name)) {
                    // JGit may normalise such a name (NFC on macOS); a project's own names are ASCII
                    unsure = true;
                    return;
                }
                if (name.startsWith(".") || name.equals(VersionedPaths.LOCK_FILE)
                        || name.endsWith(AtomicFiles.TEMP_SUFFIX)) {
                    continue;
                }
                PosixFileAttributes attributes = Files.readAttributes(entry, PosixFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory()) {
                    list(entry, prefix + name + "/");
                } else if (attributes.isRegularFile()) {
                    files.put(prefix + name, attributes);
                } else {
                    unsure = true;
                }
                if (unsure) {
                    return;
                }
            }
        }
    }

    /** The files of a recorded tree by path; a link or submodule in it makes the comparison unsure. */
    private void recorded(ObjectReader reader, ObjectId tree, String prefix, Map<String, ObjectId> into)
            throws IOException {
        byte[] raw = reader.open(tree, Constants.OBJ_TREE).getCachedBytes();
        for (int at = 0; at < raw.length; at = RawTree.next(raw, at)) {
            int mode = RawTree.mode(raw, at);
            String path = prefix + RawTree.name(raw, at);
            if (RawTree.isTree(mode)) {
                recorded(reader, RawTree.id(raw, at), path + "/", into);
            } else if (CommitFiles.isFile(mode)) {
                into.put(path, RawTree.id(raw, at));
            } else {
                unsure = true;
            }
        }
    }

    /** The content id of each file: the indexed one if size and time match the index, else its hash. */
    private Map<String, ObjectId> contentIds() throws IOException {
        DirCache index = repository.readDirCache();
        WorkingTreeOptions options = repository.getConfig().get(WorkingTreeOptions.KEY);
        boolean secondsOnly = options.getCheckStat() == CoreConfig.CheckStat.MINIMAL;
        boolean fileMode = options.isFileMode();
        Map<String, ObjectId> ids = new HashMap<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            String path = entry.getPathString();
            PosixFileAttributes stat = files.get(path);
            if (stat == null) {
                continue;
            }
            if (entry.getStage() != DirCacheEntry.STAGE_0 || entry.isAssumeValid() || entry.isUpdateNeeded()
                    || entry.isSkipWorkTree() || entry.isIntentToAdd() || !isRegular(entry.getFileMode())) {
                return null;
            }
            if (!entry.isSmudged() && entry.getLength() == (int) stat.size()
                    && (!fileMode || entry.getRawMode() == mode(stat).getBits())
                    && sameTime(entry.getLastModifiedInstant(), stat.lastModifiedTime().toInstant(), secondsOnly)) {
                ids.put(path, entry.getObjectId());
            }
        }
        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
        for (String path : files.keySet()) {
            if (!ids.containsKey(path)) {
                ids.put(path, hasher.idFor(Constants.OBJ_BLOB, Files.readAllBytes(root.resolve(path))));
            }
        }
        return ids;
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static FileMode mode(PosixFileAttributes stat) {
        return stat.permissions().contains(PosixFilePermission.OWNER_EXECUTE) ? FileMode.EXECUTABLE_FILE
                : FileMode.REGULAR_FILE;
    }

    private static boolean isRegular(FileMode mode) {
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
    }

    /**
     * Whether the index's time and the file's are the same to the coarser of their resolutions, as JGit
     * decides it: a time without a fraction of a second matches any time in that second, one in whole
     * milliseconds any time in that millisecond, and so for microseconds.
     */
    static boolean sameTime(Instant indexed, Instant file, boolean secondsOnly) {
        if (indexed.getEpochSecond() != file.getEpochSecond()) {
            return false;
        }
        int a = indexed.getNano();
        int b = file.getNano();
        if (secondsOnly || a == 0 || b == 0 || a == b) {
            return true;
        }
        if (a % 1_000_000 == 0 || b % 1_000_000 == 0) {
            return a / 1_000_000 == b / 1_000_000;
        }
        if (a % 1_000 == 0 || b % 1_000 == 0) {
            return a / 1_000 == b / 1_000;
        }
        return false;
    }
}
