package org.clausewright.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausewright.merge.MergeConflict;
import org.clausewright.merge.MergeSide;
import org.clausewright.model.InfoRecord;
import org.clausewright.merge.FrameworkFields;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.store.AtomicFiles;
import org.clausewright.store.FrameworkCodec;
import org.clausewright.store.FrameworkElementJson;
import org.clausewright.store.InfoRecordJson;
import org.clausewright.store.JsonFormat;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.UnreadableJson;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The conflicts a site's syncs listed and nobody has settled yet, kept in {@code .git/clausewright/conflicts.json}
 * so that Merge results offers them again after the project is reopened. It stays at this site (see
 * docs/decisions/merge-as-data.md): inside .git it is never staged, sent or watched as a project file.
 *
 * <p>Another program may write the file too (a newer Clausewright, a second window): every change reads the file
 * again just before writing and changes only the entries it is about, so entries and keys this version does not
 * know, and entries another writer added meanwhile, are written back as they were.
 */
public final class ConflictsFile {
    static final String PATH = "clausewright/conflicts.json";
    private static final int SCHEMA = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path dir;
    private Path file;

    private ConflictsFile(Path dir) {
        this.dir = dir;
    }

    /** The file of the project in {@code dir}, wherever its git directory is (a worktree's .git is a file). */
    public static ConflictsFile of(Path dir) {
        return new ConflictsFile(dir);
    }

    /** Where the file is; found on first use, as finding it reads the folder. */
    public synchronized Path path() throws IOException {
        if (file == null) {
            file = new FileRepositoryBuilder().setWorkTree(dir.toFile()).setup().getGitDir().toPath().resolve(PATH);
        }
        return file;
    }

    /** One waiting conflict and the site its merge took in, whose name Merge results shows. */
    public record Waiting(MergeConflict conflict, MergeSide from) {
    }

    /** What the file lists, and a sentence for each entry it could not read (kept in the file all the same). */
    public record Contents(List<Waiting> waiting, List<String> problems) {
        public Contents {
            waiting = List.copyOf(waiting);
            problems = List.copyOf(problems);
        }
    }

    /**
     * The conflicts listed in the file; none when there is no file.
     *
     * @throws IOException when it cannot be read, or is not JSON: with the file, line and column, and what to do
     */
    public synchronized Contents read() throws IOException {
        path();
        ObjectNode root = root(load());
        List<Waiting> waiting = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ArrayNode entries = entries(root);
        for (int i = 0; i < entries.size(); i++) {
            decode(entries.get(i), i, problems).ifPresent(waiting::add);
        }
        return new Contents(waiting, problems);
    }

    /**
     * Lists {@code added} (replacing an entry about the same field of the same thing) and takes out
     * {@code settled}, leaving every other entry and key as the file has them now.
     */
    public synchronized void update(Collection<Waiting> added, Collection<MergeConflict> settled) throws IOException {
        if (added.isEmpty() && settled.isEmpty()) {
            return;
        }
        path();
        path();
        ObjectNode root = root(load());
        ArrayNode entries = entries(root);
        ArrayNode kept = NODES.arrayNode();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            Optional<Waiting> known = decode(entry, i, new ArrayList<>());
            boolean gone = known.isPresent() && (settled.contains(known.get().conflict())
                    || added.stream().anyMatch(a -> sameField(a.conflict(), known.get().conflict())));
            if (!gone) {
                kept.add(entry);
            }
        }
        for (Waiting w : added) {
            kept.add(encode(w));
        }
        root.set("conflicts", kept);
        if (!root.has("schemaVersion")) {
            root.put("schemaVersion", SCHEMA);
        }
        Files.createDirectories(file.getParent());
        byte[] bytes = JsonFormat.write(g -> g.writeTree(root));
        AtomicFiles.write(file, bytes);
    }

    static boolean sameField(MergeConflict a, MergeConflict b) {
        return a.kind() == b.kind() && a.clauseId().equals(b.clauseId()) && a.field().equals(b.field());
    }

    private Optional<byte[]> load() throws IOException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private ObjectNode root(Optional<byte[]> content) throws IOException {
        if (content.isEmpty()) {
            return NODES.objectNode();
        }
        JsonNode root;
        try {
            root = JsonFormat.read(content.get());
        } catch (UnreadableJson e) {
            throw new IOException(e.at(file.toString()) + ". Merge results cannot list the conflicts of earlier "
                    + "syncs until it is mended, or deleted (each conflict's values are also in the merge version's "
                    + "message)", e);
        }
        if (root == null) {
            return NODES.objectNode();
        }
        if (!root.isObject() || root.has("conflicts") && !root.get("conflicts").isArray()) {
            throw new IOException(file + ": not a list of conflicts (an object with a \"conflicts\" list was "
                    + "expected); mend or delete it");
        }
        if (root.path("schemaVersion").asInt(SCHEMA) > SCHEMA) {
            throw new IOException(file + " was written by a newer Clausewright (schema "
                    + root.path("schemaVersion").asInt() + "); update Clausewright to see the conflicts it lists");
        }
        return (ObjectNode) root;
    }

    private static ArrayNode entries(ObjectNode root) {
        return root.has("conflicts") ? (ArrayNode) root.get("conflicts") : NODES.arrayNode();
    }

    // unknown keys of an entry are left in the file; an entry this version cannot read is kept and reported
    private Optional<Waiting> decode(JsonNode entry, int index, List<String> problems) {
        String where = file + ", conflict " + (index + 1) + ": ";
        MergeConflict.Kind kind;
        try {
            kind = MergeConflict.Kind.valueOf(entry.path("kind").asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + "the kind \"" + entry.path("kind").asText("") + "\" is not one this version knows; "
                    + "it is kept in the file");
            return Optional.empty();
        }
        if (!entry.path("field").isTextual()) {
            problems.add(where + "it has no \"field\"; it is kept in the file");
            return Optional.empty();
        }
        MergeConflict.Records records = null;
        if (kind == MergeConflict.Kind.RECORD) {
            String recordKind = entry.path("field").asText();
            JsonNode r = entry.path("records");
            Optional<InfoRecord> base = r.path("base").isObject()
                    ? InfoRecordJson.decode(recordKind, r.get("base"), file.toString(), problems) : Optional.empty();
            Optional<InfoRecord> ours = InfoRecordJson.decode(recordKind, r.path("ours"), file.toString(), problems);
            Optional<InfoRecord> theirs = InfoRecordJson.decode(recordKind, r.path("theirs"), file.toString(),
                    problems);
            if (ours.isEmpty() || theirs.isEmpty() || r.path("base").isObject() && base.isEmpty()) {
                problems.add(where + "its records cannot be read; it is kept in the file");
                return Optional.empty();
            }
            records = new MergeConflict.Records(base.orElse(null), ours.get(), theirs.get());
        }
        MergeConflict.Elements elements = null;
        if (kind == MergeConflict.Kind.FRAMEWORK
                && entry.path("field").asText().equals(FrameworkFields.WHOLE_ELEMENT)) {
            JsonNode e = entry.path("elements");
            Optional<FrameworkElement> base = FrameworkElementJson.decode(e.path("base"), file.toString(), problems);
            Optional<FrameworkElement> ours = e.path("ours").isObject()
                    ? FrameworkElementJson.decode(e.get("ours"), file.toString(), problems) : Optional.empty();
            Optional<FrameworkElement> theirs = e.path("theirs").isObject()
                    ? FrameworkElementJson.decode(e.get("theirs"), file.toString(), problems) : Optional.empty();
            if (base.isEmpty() || e.path("ours").isObject() && ours.isEmpty()
                    || e.path("theirs").isObject() && theirs.isEmpty()) {
                problems.add(where + "its elements cannot be read; it is kept in the file");
                return Optional.empty();
            }
            elements = new MergeConflict.Elements(base.get(), ours.orElse(null), theirs.orElse(null),
                    e.path("after").asText(""));
        }
        Framework kept = null;
        if (kind == MergeConflict.Kind.FRAMEWORK && entry.path("field").asText().equals(FrameworkFields.WHOLE_FRAMEWORK)
                && entry.path("framework").isObject()) {
            // written with the framework file's own codec; an entry without it (an earlier version's) still lists
            try {
                kept = FrameworkCodec.read(where + "its framework",
                        JsonFormat.write(g -> g.writeTree(entry.get("framework"))));
            } catch (ProjectFileException e) {
                problems.add(where + "its framework cannot be read (" + e.getMessage() + "); it is kept in the file");
                return Optional.empty();
            }
        }
        JsonNode from = entry.path("from");
        // the side that kept an element or a framework one site removed (its value there is empty); else ours
        boolean whole = kind == MergeConflict.Kind.FRAMEWORK
                && entry.path("field").asText().equals(FrameworkFields.WHOLE_FRAMEWORK);
        MergeConflict.Side holds = elements != null && elements.ours() == null
                || whole && entry.path("ours").asText("").isEmpty() ? MergeConflict.Side.THEIRS
                : MergeConflict.Side.OURS;
        MergeConflict conflict = new MergeConflict(kind, entry.path("id").asText(""), entry.path("field").asText(),
                entry.path("base").asText(""), entry.path("ours").asText(""), entry.path("theirs").asText(""),
                holds, records, elements, kept);
        List<String> authors = new ArrayList<>();
        from.path("authors").forEach(a -> authors.add(a.asText("")));
        return Optional.of(new Waiting(conflict, new MergeSide(from.path("author").asText(""),
                from.path("delegation").asText(""), from.path("label").asText(""), authors)));
    }

    private static ObjectNode encode(Waiting w) {
        MergeConflict c = w.conflict();
        ObjectNode entry = NODES.objectNode();
        entry.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        entry.put("id", c.clauseId());
        entry.put("field", c.field());
        entry.put("base", c.base());
        entry.put("ours", c.ours());
        entry.put("theirs", c.theirs());
        if (c.records() != null) {
            ObjectNode records = entry.putObject("records");
            InfoRecord base = c.records().base();
            records.set("base", base == null ? NODES.nullNode() : InfoRecordJson.encode(base));
            records.set("ours", InfoRecordJson.encode(c.records().ours()));
            records.set("theirs", InfoRecordJson.encode(c.records().theirs()));
        }
        if (c.elements() != null) {
            ObjectNode elements = entry.putObject("elements");
            elements.set("base", FrameworkElementJson.encode(c.elements().base()));
            elements.set("ours", element(c.elements().ours()));
            elements.set("theirs", element(c.elements().theirs()));
            elements.put("after", c.elements().after());
        }
        if (c.kept() != null) {
            entry.set("framework", framework(c.kept()));
        }
        ObjectNode from = entry.putObject("from");
        from.put("author", w.from().author());
        from.put("delegation", w.from().delegation());
        from.put("label", w.from().label());
        w.from().authors().forEach(from.putArray("authors")::add);
        return entry;
    }

    private static JsonNode element(FrameworkElement element) {
        return element == null ? NODES.nullNode() : FrameworkElementJson.encode(element);
    }

    private static JsonNode framework(Framework framework) {
        try {
            return JsonFormat.read(FrameworkCodec.write(framework));
        } catch (UnreadableJson e) {
            throw new IllegalStateException("the framework codec wrote what it cannot read", e);
        }
    }
}
