package org.clausewright.app;

import org.clausewright.store.ProjectPaths;
import java.util.List;
import java.util.stream.Stream;
import org.clausewright.model.Languages;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches an open project's folder, clauses/ and annotations/ for files other programs write, and tells which
 * ones once the writing pauses: a {@code git checkout} touching 300 files is one call, not 300. Hidden names
 * (git's own files, the lock, the temporary files of atomic writes) are ignored; a rename onto a project file,
 * ours included, is told like any change, and {@link ProjectSession#checkOutside} tells ours apart by content.
 * When the system lost events (an overflow) or a watched folder was replaced, it says so with {@code null}:
 * look at every file. The waiting happens on a thread of its own; nothing is read here.
 */
public final class FolderWatch implements AutoCloseable {
    /** How long the folder must be quiet before the changes are told. */
    public static final Duration QUIET = Duration.ofMillis(250);
    /** A folder that never quiets down (a long sync) is still told about at this pace. */
    private static final Duration LONGEST = Duration.ofSeconds(2);

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, String> folders = new HashMap<>();
    private final Consumer<Set<String>> changed;
    private final Thread thread;

    private FolderWatch(Path root, Consumer<Set<String>> changed) throws IOException {
        this.root = root;
        this.changed = changed;
        this.service = root.getFileSystem().newWatchService();
        register("");
        register(ProjectPaths.CLAUSES);
        register(ProjectPaths.ANNOTATIONS);
        register(ProjectPaths.TRANSLATIONS);
        register(ProjectPaths.FRAMEWORKS);
        for (String language : languageFolders()) {
            register(ProjectPaths.TRANSLATIONS + "/" + language);
        }
        this.thread = new Thread(this::run, "clausewright-watch");
        // it only waits; the reading it causes runs on the worker, which quitting waits for
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code root}; {@code changed} is called on the watching thread with the project-relative
     * paths that changed, or null when every file should be looked at.
     */
    public static FolderWatch start(Path root, Consumer<Set<String>> changed) throws IOException {
        FolderWatch watch = new FolderWatch(root, changed);
        watch.thread.start();
        return watch;
    }

    /** The language folders translations/ holds now (each watched, as clauses/ is). */
    private List<String> languageFolders() throws IOException {
        Path dir = root.resolve(ProjectPaths.TRANSLATIONS);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(Languages::isValidTag)
                    .filter(n -> Files.isDirectory(dir.resolve(n), LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    private void register(String folder) throws IOException {
        Path dir = folder.isEmpty() ? root : root.resolve(folder);
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            synchronized (folders) {
                folders.put(key, folder);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey first = service.take();
                Set<String> paths = new TreeSet<>();
                boolean everything = collect(first, paths);
                long until = System.nanoTime() + LONGEST.toNanos();
                WatchKey next;
                while (System.nanoTime() < until
                        && (next = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    everything |= collect(next, paths);
                }
                if (everything || !paths.isEmpty()) {
                    changed.accept(everything ? null : Set.copyOf(paths));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed with the project: nothing more to tell
            Thread.currentThread().interrupt();
        }
    }

    /** Adds the key's changed paths; true when every file must be looked at. */
    private boolean collect(WatchKey key, Set<String> paths) {
        String folder;
        synchronized (folders) {
            folder = folders.get(key);
        }
        boolean everything = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                everything = true;
                continue;
            }
            String name = event.context().toString();
            if (folder == null || name.startsWith(".")) {
                continue;
            }
            if (folder.isEmpty() && (name.equals(ProjectPaths.CLAUSES) || name.equals(ProjectPaths.ANNOTATIONS)
                    || name.equals(ProjectPaths.TRANSLATIONS) || name.equals(ProjectPaths.FRAMEWORKS))
                    || folder.equals(ProjectPaths.TRANSLATIONS) && Languages.isValidTag(name)) {
                // the folder came (back): watch it, and look at whatever it already holds
                everything |= rewatch(folder.isEmpty() ? name : folder + "/" + name);
                continue;
            }
            paths.add(folder.isEmpty() ? name : folder + "/" + name);
        }
        if (!key.reset()) {
            synchronized (folders) {
                folders.remove(key);
            }
            everything = true;
        }
        return everything;
    }

    private boolean rewatch(String name) {
        try {
            register(name);
        } catch (IOException e) {
            // a folder removed again at once: its files are looked at with everything else
            return true;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
