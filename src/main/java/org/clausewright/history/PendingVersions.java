package org.clausewright.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.clausewright.store.AtomicFiles;
import org.clausewright.store.JsonFormat;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * The journal of a version announced before its files are written ({@link PendingVersion}): one JSON file in
 * the repository's own folder, written atomically, with the new contents stored beforehand as git objects.
 * An operation killed half way can then always be finished: the files it had not written yet are written
 * from those objects, and the version is recorded once.
 */
final class PendingVersions {
    static final String JOURNAL = "clausewright/pending-version.json";
    /** Schema 2 adds the other parent of a merge; a journal without one is still written as schema 1. */
    private static final int SCHEMA = 2;
    private static final int SCHEMA_WITHOUT_MERGE = 1;

    private final Repository repository;
    private final Path folder;
    private final Path journal;

    PendingVersions(Repository repository, Path folder) {
        this.repository = repository;
        this.folder = folder;
        this.journal = journal(repository.getDirectory().toPath());
    }

    static Path journal(Path gitDir) {
        return gitDir.resolve(JOURNAL);
    }

    PendingVersion announce(ObjectId checkpoint, Optional<ObjectId> merge, String what,
                            Map<String, Optional<byte[]>> files, String label, String message, String author,
                            Instant time) throws IOException, HistoryException {
        VersionRecorder.commitMessage(label, message, null);
        VersionRecorder.person(author, time);
        Map<String, Optional<String>> ids = new TreeMap<>();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            for (Map.Entry<String, Optional<byte[]>> file : files.entrySet()) {
                String path = VersionedPaths.requireSafe(file.getKey());
                Optional<String> id = Optional.empty();
                if (file.getValue().isPresent()) {
                    id = Optional.of(inserter.insert(Constants.OBJ_BLOB, file.getValue().get()).name());
                }
                ids.put(path, id);
            }
            inserter.flush();
        }
        // a commit keeps whole seconds: the version recorded later must be recognisable by its time
        PendingVersion pending = new PendingVersion(what, checkpoint.name(), label.strip(),
                message == null ? "" : message.strip(), author.strip(), time.truncatedTo(ChronoUnit.SECONDS), ids,
                merge.map(ObjectId::name));
        AtomicFiles.write(journal, encode(pending, ids));
        return pending;
    }

    Optional<PendingVersion> read() throws HistoryException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(journal);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw unreadable(e.getMessage(), e);
        }
        try {
            JsonNode root = JsonFormat.read(bytes);
            if (root == null) {
                throw unreadable("the file is empty", null);
            }
            return Optional.of(decode(root));
        } catch (IOException | RuntimeException e) {
            throw unreadable(e.getMessage(), e);
        }
    }

    /** The version already recorded for {@code pending}, looked for among the commits since its checkpoint. */
    Optional<ObjectId> recorded(PendingVersion pending) throws IOException, HistoryException {
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return Optional.empty();
        }
        String text = VersionRecorder.commitMessage(pending.label(), pending.message(), null);
        PersonIdent who = VersionRecorder.person(pending.author(), pending.time());
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(head));
            try {
                walk.markUninteresting(walk.parseCommit(ObjectId.fromString(pending.checkpoint())));
            } catch (MissingObjectException e) {
                // the checkpoint is gone (the history was rewritten elsewhere): look through everything
            }
            for (RevCommit commit : walk) {
                PersonIdent author = commit.getAuthorIdent();
                if (commit.getFullMessage().equals(text) && author.getName().equals(who.getName())
                        && author.getWhenAsInstant().equals(who.getWhenAsInstant()) && merges(commit, pending)) {
                    return Optional.of(commit.copy());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the files the operation had not written yet: those still as they were at the checkpoint. A file
     * that is neither as at the checkpoint nor as the operation wrote it was changed since by someone else and
     * is kept as it is; those are returned.
     */
    List<String> rollForward(PendingVersion pending) throws IOException, HistoryException {
        Map<String, ObjectId> before = checkpointContents(pending);
        Map<String, ObjectId> inFolder = folderContents(pending);
        Map<String, Optional<byte[]>> writes = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            for (Map.Entry<String, Optional<String>> file : pending.files().entrySet()) {
                String path = VersionedPaths.requireSafe(file.getKey());
                Optional<ObjectId> now = Optional.ofNullable(inFolder.get(path));
                Optional<ObjectId> wanted = file.getValue().map(ObjectId::fromString);
                if (now.equals(wanted)) {
                    continue;
                }
                if (now.equals(Optional.ofNullable(before.get(path)))) {
                    writes.put(path, wanted.isEmpty() ? Optional.empty()
                            : Optional.of(reader.open(wanted.get(), Constants.OBJ_BLOB).getBytes()));
                } else {
                    kept.add(path);
                }
            }
        }
        new Restorer(folder).write(writes);
        kept.sort(null);
        return kept;
    }

    private static boolean merges(RevCommit commit, PendingVersion pending) {
        if (pending.merge().isEmpty()) {
            return true;
        }
        for (RevCommit parent : commit.getParents()) {
            if (parent.name().equals(pending.merge().get())) {
                return true;
            }
        }
        return false;
    }

    void clear() throws IOException {
        AtomicFiles.delete(journal);
    }

    /**
     * The id each of the operation's files has in the folder, as git would store it (JGit's working-tree walk
     * applies the line-end settings and attributes: a file another git client checked out with CRLF line ends
     * is the same content as the version's); links and folders count as absent.
     */
    private Map<String, ObjectId> folderContents(PendingVersion pending) throws IOException {
        Map<String, ObjectId> contents = new HashMap<>();
        if (pending.files().isEmpty()) {
            return contents;
        }
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(new FileTreeIterator(repository));
            walk.setRecursive(true);
            walk.setFilter(PathFilterGroup.createFromStrings(pending.files().keySet()));
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    contents.put(walk.getPathString(), walk.getTree(0, WorkingTreeIterator.class).getEntryObjectId());
                }
            }
        }
        return contents;
    }

    private Map<String, ObjectId> checkpointContents(PendingVersion pending) throws IOException {
        Map<String, ObjectId> contents = new HashMap<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            RevCommit checkpoint;
            try {
                checkpoint = walk.parseCommit(ObjectId.fromString(pending.checkpoint()));
            } catch (MissingObjectException e) {
                // without the checkpoint every file counts as absent before: only missing ones are written
                return contents;
            }
            tree.addTree(checkpoint.getTree());
            tree.setRecursive(true);
            tree.setFilter(PathFilterGroup.createFromStrings(pending.files().keySet()));
            while (tree.next()) {
                if (CommitFiles.isFile(tree.getRawMode(0))) {
                    contents.put(tree.getPathString(), tree.getObjectId(0));
                }
            }
        }
        return contents;
    }

    private static byte[] encode(PendingVersion pending, Map<String, Optional<String>> ids) {
        return JsonFormat.write(g -> {
            g.writeStartObject();
            // an older Clausewright refuses a merge's journal rather than finish it as a version with one parent
            g.writeNumberField("schemaVersion", pending.merge().isPresent() ? SCHEMA : SCHEMA_WITHOUT_MERGE);
            g.writeStringField("what", pending.what());
            g.writeStringField("checkpoint", pending.checkpoint());
            if (pending.merge().isPresent()) {
                g.writeStringField("merge", pending.merge().get());
            }
            g.writeStringField("label", pending.label());
            g.writeStringField("message", pending.message());
            g.writeStringField("author", pending.author());
            g.writeStringField("time", pending.time().toString());
            g.writeArrayFieldStart("files");
            for (Map.Entry<String, Optional<String>> file : ids.entrySet()) {
                g.writeStartObject();
                g.writeStringField("path", file.getKey());
                if (file.getValue().isPresent()) {
                    g.writeStringField("content", file.getValue().get());
                } else {
                    g.writeNullField("content");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private PendingVersion decode(JsonNode node) throws HistoryException {
        int schema = node.path("schemaVersion").asInt(-1);
        if (schema > SCHEMA) {
            throw new HistoryException(journal + " was written by a newer Clausewright (schemaVersion " + schema
                    + "): open the project with that one to finish the operation it names");
        }
        if (schema < SCHEMA_WITHOUT_MERGE || !node.path("files").isArray()) {
            throw new IllegalArgumentException("it is not a pending version of schemaVersion " + SCHEMA_WITHOUT_MERGE
                    + " or " + SCHEMA);
        }
        Map<String, Optional<String>> files = new TreeMap<>();
        for (JsonNode file : node.path("files")) {
            JsonNode content = file.path("content");
            files.put(text(file, "path"), content.isNull() ? Optional.empty() : Optional.of(checkedId(content.asText())));
        }
        return new PendingVersion(text(node, "what"), checkedId(text(node, "checkpoint")), text(node, "label"),
                text(node, "message"), text(node, "author"), Instant.parse(text(node, "time")), files,
                node.has("merge") ? Optional.of(checkedId(text(node, "merge"))) : Optional.empty());
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not a string");
        }
        return value.asText();
    }

    private static String checkedId(String id) {
        if (!ObjectId.isId(id)) {
            throw new IllegalArgumentException("\"" + id + "\" is not a git object id");
        }
        return id;
    }

    private HistoryException unreadable(String why, Exception cause) {
        return new HistoryException(journal + " names an operation that was interrupted, but cannot be read ("
                + why + "); if you know that operation was finished, delete the file", cause);
    }
}
