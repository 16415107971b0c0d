package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.DraftTitles;
import org.clausewright.model.Extras;
import org.clausewright.model.FileExtras;
import org.clausewright.model.Framework;
import org.clausewright.model.Ids;
import org.clausewright.model.Languages;
import org.clausewright.model.Outline;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Translation;
import org.clausewright.model.Translations;
import org.clausewright.model.UnplacedThread;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Reads a whole project from its files and reports every problem, each with its file, line and column.
 * The same reader serves the project folder, a recorded version, and {@code clausewright validate}.
 */
public final class ProjectReader {
    private final ProjectFiles files;
    private final List<Problem> problems = new ArrayList<>();
    /** Unknown keys and values, kept: warnings, never problems. */
    private final List<Problem> kept = new ArrayList<>();
    private final boolean threads;
    /** The times read so far, by their text: see {@link Findings#time}. */
    private final Map<String, Instant> times = new HashMap<>();

    private ProjectReader(ProjectFiles files) {
        this(files, true);
    }

    private ProjectReader(ProjectFiles files, boolean threads) {
        this.files = files;
        this.threads = threads;
    }

    public static ReadResult read(ProjectFiles files) throws IOException {
        return new ProjectReader(files).readAll();
    }

    /**
     * The project without its threads: the annotations files are not read, so their problems are not found either.
     * For reports that show nothing of the threads (`status`, `outline`, `brackets`): in a negotiated draft the
     * threads' files were a quarter of reading it. The result is never to be saved: it would drop the threads.
     */
    public static ReadResult readWithoutThreads(ProjectFiles files) throws IOException {
        return new ProjectReader(files, false).readAll();
    }

    /** One clause file on its own, for callers that read only what changed. */
    public static Optional<Clause> readClause(ProjectFiles files, String clauseId) throws IOException,
            ProjectFileException {
        ProjectReader reader = new ProjectReader(files);
        Clause clause = reader.decode(ProjectPaths.clause(clauseId), ClauseCodec::decode);
        reader.throwIfProblems();
        return Optional.ofNullable(clause);
    }

    /** The threads on one clause (empty when it has no annotations file). */
    public static List<AnnotationThread> readThreads(ProjectFiles files, String clauseId) throws IOException,
            ProjectFileException {
        ProjectReader reader = new ProjectReader(files);
        AnnotationsCodec.ClauseThreads threads = reader.decode(ProjectPaths.annotations(clauseId),
                AnnotationsCodec::decode);
        reader.throwIfProblems();
        return threads == null ? List.of() : threads.threads();
    }

    public static Optional<Outline> readOutline(ProjectFiles files) throws IOException, ProjectFileException {
        ProjectReader reader = new ProjectReader(files);
        Outline outline = reader.decode(ProjectPaths.OUTLINE, OutlineCodec::decode);
        reader.throwIfProblems();
        return Optional.ofNullable(outline);
    }

    public static Optional<ProjectInfo> readInfo(ProjectFiles files) throws IOException, ProjectFileException {
        ProjectReader reader = new ProjectReader(files);
        ProjectInfo info = reader.decode(ProjectPaths.PROJECT, ProjectInfoCodec::decode);
        reader.throwIfProblems();
        return Optional.ofNullable(info);
    }

    /** One translation file on its own (empty when there is none). */
    public static Optional<Translation> readTranslation(ProjectFiles files, String language, String clauseId)
            throws IOException, ProjectFileException {
        ProjectReader reader = new ProjectReader(files);
        Translation t = reader.decode(ProjectPaths.translation(language, clauseId), TranslationCodec::decode);
        reader.throwIfProblems();
        return Optional.ofNullable(t);
    }

    /** The draft's titles in one language (empty when there is no such file). */
    public static Optional<DraftTitles> readTitles(ProjectFiles files, String language)
            throws IOException, ProjectFileException {
        ProjectReader reader = new ProjectReader(files);
        DraftTitles t = reader.decode(ProjectPaths.titles(language), DraftTitlesCodec::decode);
        reader.throwIfProblems();
        return Optional.ofNullable(t);
    }

    /** One framework file on its own (empty when there is none). */
    public static Optional<Framework> readFramework(ProjectFiles files, String frameworkId)
            throws IOException, ProjectFileException {
        ProjectReader reader = new ProjectReader(files);
        Framework fw = reader.decode(ProjectPaths.framework(frameworkId), FrameworkCodec::decode);
        reader.throwIfProblems();
        return Optional.ofNullable(fw);
    }

    /** The unplaced review threads (empty when the project has no unplaced.json). */
    public static List<UnplacedThread> readUnplaced(ProjectFiles files) throws IOException, ProjectFileException {
        ProjectReader reader = new ProjectReader(files);
        UnplacedCodec.Unplaced unplaced = reader.decode(ProjectPaths.UNPLACED, UnplacedCodec::decode);
        reader.throwIfProblems();
        return unplaced == null ? List.of() : unplaced.items();
    }

    private ReadResult readAll() throws IOException {
        ProjectInfo info = required(ProjectPaths.PROJECT, ProjectInfoCodec::decode,
                "is missing: this folder is not a Clausewright project (create one with `clausewright new DIR`)");
        Outline outline = required(ProjectPaths.OUTLINE, OutlineCodec::decode,
                "is missing: every project needs its outline (an empty one is {\"schemaVersion\": 1, \"parts\": []})");
        Set<String> unreadable = new HashSet<>();
        Map<String, Clause> clauses = readClauses(unreadable);
        if (clauses == null) {
            // the clauses folder could not be listed (it is a link): its clauses are unreadable, not missing
            clauses = new HashMap<>();
            if (outline != null) {
                outline.parts().forEach(part -> unreadable.addAll(part.clauseIds()));
            }
        }
        Map<String, Extras> annotationExtras = new HashMap<>();
        Map<String, List<AnnotationThread>> threads = this.threads
                ? readAnnotations(clauses.keySet(), unreadable, annotationExtras) : Map.of();
        UnplacedCodec.Unplaced unplaced = decode(ProjectPaths.UNPLACED, UnplacedCodec::decode);
        List<Problem> orphans = new ArrayList<>();
        Translations translations = info == null ? Translations.NONE
                : readTranslations(info.languages(), clauses.keySet(), unreadable, orphans);
        Map<String, Framework> frameworks = readFrameworks();
        if (info == null || outline == null) {
            return new ReadResult(null, problems, kept, files.folder().orElse(null), kept);
        }
        problems.addAll(ProjectConsistency.checkOutline(outline, clauses, unreadable, this::locate));
        List<Problem> keptNow = List.copyOf(kept);
        Map<String, Clause> read = clauses;
        Supplier<List<Problem>> warnings = () -> {
            // worked out when asked for (by `validate`, straight after reading): located in the files as they are then,
            // read without noting them as what the project came from
            Locator unstamped = (path, pointer, message) -> locate(unstamped(), path, pointer, message);
            List<Problem> found = new ArrayList<>(keptNow);
            found.addAll(ProjectConsistency.checkReferences(info, read, unreadable, unstamped));
            found.addAll(ProjectConsistency.checkAddresses(frameworks, read, unstamped));
            found.addAll(orphans);
            return found;
        };
        FileExtras fileExtras = new FileExtras(annotationExtras, unplaced == null ? Extras.NONE : unplaced.extras());
        return new ReadResult(new Project(info, outline, clauses, threads,
                unplaced == null ? List.of() : unplaced.items(), fileExtras).withTranslations(translations)
                .withFrameworks(frameworks),
                problems, warnings, files.folder().orElse(null), kept);
    }

    /** The clauses, or null when their folder cannot be listed (a problem says why). */
    private Map<String, Clause> readClauses(Set<String> unreadable) throws IOException {
        Map<String, Clause> clauses = new HashMap<>();
        List<String> paths = list(ProjectPaths.CLAUSES);
        if (paths == null) {
            return null;
        }
        try (ProjectFiles.FolderReader inFolder = openFolder(ProjectPaths.CLAUSES)) {
            if (inFolder == null) {
                return null;
            }
            readClauses(paths, inFolder, clauses, unreadable);
        }
        return clauses;
    }

    private void readClauses(List<String> paths, ProjectFiles.FolderReader inFolder, Map<String, Clause> clauses,
                             Set<String> unreadable) throws IOException {
        for (String path : paths) {
            String nameId = ProjectPaths.idOf(path);
            if (!Ids.isValid(nameId)) {
                problems.add(Problem.ofFile(path, "the file name is not a clause id: use 1 to " + Ids.MAX_LENGTH
                        + " lower-case letters, digits or '-' before .json"));
                continue;
            }
            Clause clause = decode(inFolder, path, ClauseCodec::decode, null);
            if (clause == null) {
                unreadable.add(nameId);
            } else if (!clause.id().equals(nameId)) {
                problems.add(locate(path, "/id", "the clause id \"" + clause.id() + "\" does not match the file name "
                        + "(expected \"" + nameId + "\")"));
                unreadable.add(nameId);
            } else {
                clauses.put(clause.id(), clause);
            }
        }
    }

    /** The frameworks in frameworks/, by id; a file whose name is not its id is a problem, as for a clause. */
    private Map<String, Framework> readFrameworks() throws IOException {
        Map<String, Framework> frameworks = new HashMap<>();
        List<String> paths = list(ProjectPaths.FRAMEWORKS);
        for (String path : paths == null ? List.<String>of() : paths) {
            String nameId = ProjectPaths.idOf(path);
            if (!Ids.isValid(nameId)) {
                problems.add(Problem.ofFile(path, "the file name is not a framework id: use 1 to " + Ids.MAX_LENGTH
                        + " lower-case letters, digits or '-' before .json"));
                continue;
            }
            Framework fw = decode(path, FrameworkCodec::decode);
            if (fw != null && !fw.id().equals(nameId)) {
                problems.add(locate(path, "/id", "the framework id \"" + fw.id() + "\" does not match the file name "
                        + "(expected \"" + nameId + "\")"));
            } else if (fw != null) {
                frameworks.put(fw.id(), fw);
            }
        }
        return frameworks;
    }

    private Map<String, List<AnnotationThread>> readAnnotations(Set<String> clauseIds, Set<String> unreadable,
                                                                Map<String, Extras> extras) throws IOException {
        Map<String, List<AnnotationThread>> threads = new HashMap<>();
        List<String> paths = list(ProjectPaths.ANNOTATIONS);
        if (paths == null) {
            return threads;
        }
        try (ProjectFiles.FolderReader inFolder = openFolder(ProjectPaths.ANNOTATIONS)) {
            if (inFolder != null) {
                readAnnotations(paths, inFolder, clauseIds, unreadable, extras, threads);
            }
        }
        return threads;
    }

    private void readAnnotations(List<String> paths, ProjectFiles.FolderReader inFolder, Set<String> clauseIds,
                                 Set<String> unreadable, Map<String, Extras> extras,
                                 Map<String, List<AnnotationThread>> threads) throws IOException {
        Set<String> threadIds = new HashSet<>();
        for (String path : paths) {
            String nameId = ProjectPaths.idOf(path);
            if (!Ids.isValid(nameId)) {
                problems.add(Problem.ofFile(path, "the file name is not a clause id"));
                continue;
            }
            AnnotationsCodec.ClauseThreads decoded = decode(inFolder, path, AnnotationsCodec::decode, null);
            if (decoded == null) {
                continue;
            }
            if (!decoded.clauseId().equals(nameId)) {
                problems.add(locate(path, "/clause", "`clause` \"" + decoded.clauseId()
                        + "\" does not match the file name (expected \"" + nameId + "\")"));
            } else if (!clauseIds.contains(nameId) && !unreadable.contains(nameId)) {
                problems.add(locate(path, "/clause", "annotations on clause \"" + nameId
                        + "\", which has no file in clauses/"));
            }
            for (int i = 0; i < decoded.threads().size(); i++) {
                AnnotationThread t = decoded.threads().get(i);
                if (!threadIds.add(t.id())) {
                    problems.add(locate(path, "/threads/" + i + "/id", "thread id \"" + t.id() + "\" is used twice"));
                }
            }
            threads.put(nameId, decoded.threads());
            if (!decoded.extras().isEmpty()) {
                extras.put(nameId, decoded.extras());
            }
        }
    }

    /**
     * The translations into each target language project.json lists. A folder of a language it does not list is not
     * read, and never written or removed: it stays as another program or a newer Clausewright left it. A translation
     * of a clause that has no file is kept, with a warning: the clause may come back (a restore, another site's merge).
     */
    private Translations readTranslations(Languages languages, Set<String> clauseIds, Set<String> unreadable,
                                          List<Problem> orphans) throws IOException {
        List<Translation> all = new ArrayList<>();
        List<DraftTitles> titles = new ArrayList<>();
        for (String language : languages.targets()) {
            DraftTitles named = decode(ProjectPaths.titles(language), DraftTitlesCodec::decode);
            if (named != null && !named.language().equals(language)) {
                problems.add(locate(ProjectPaths.titles(language), "/language", "`language` \"" + named.language()
                        + "\" does not match the file name (expected \"" + language + "\")"));
            } else if (named != null) {
                titles.add(named);
            }
            List<String> paths = list(ProjectPaths.translations(language));
            for (String path : paths == null ? List.<String>of() : paths) {
                String nameId = ProjectPaths.idOf(path);
                if (!Ids.isValid(nameId)) {
                    problems.add(Problem.ofFile(path, "the file name is not a clause id"));
                    continue;
                }
                Translation t = decode(path, TranslationCodec::decode);
                if (t == null) {
                    continue;
                }
                if (!t.clauseId().equals(nameId)) {
                    problems.add(locate(path, "/clause", "`clause` \"" + t.clauseId()
                            + "\" does not match the file name (expected \"" + nameId + "\")"));
                } else if (!t.language().equals(language)) {
                    problems.add(locate(path, "/language", "`language` \"" + t.language()
                            + "\" does not match the folder (expected \"" + language + "\")"));
                } else {
                    if (!clauseIds.contains(nameId) && !unreadable.contains(nameId)) {
                        orphans.add(locate(path, "/clause", "translation of clause \"" + nameId
                                + "\", which has no file in clauses/ (kept as is)"));
                    }
                    all.add(t);
                }
            }
        }
        Translations result = Translations.of(all);
        for (DraftTitles t : titles) {
            result = result.withTitles(t);
        }
        return result;
    }

    private <T> T required(String path, BiFunction<JsonNode, Findings, T> decoder, String whenMissing)
            throws IOException {
        return decode(path, decoder, whenMissing);
    }

    /** Parses and decodes one file; null (with problems noted) when it cannot be used or is absent. */
    private <T> T decode(String path, BiFunction<JsonNode, Findings, T> decoder) throws IOException {
        return decode(path, decoder, null);
    }

    private <T> T decode(String path, BiFunction<JsonNode, Findings, T> decoder, String whenMissing)
            throws IOException {
        return decode(files::read, path, decoder, whenMissing);
    }

    /** As {@link #decode(String, BiFunction, String)}, the file read through {@code source}. */
    private <T> T decode(ProjectFiles.FolderReader source, String path, BiFunction<JsonNode, Findings, T> decoder,
                         String whenMissing) throws IOException {
        Optional<byte[]> content;
        try {
            content = source.read(path);
        } catch (NotAPlainFileException e) {
            problems.add(e.problem());
            return null;
        }
        if (content.isEmpty()) {
            if (whenMissing != null) {
                problems.add(Problem.ofFile(path, whenMissing));
            }
            return null;
        }
        JsonNode root;
        try {
            root = JsonFormat.read(content.get());
        } catch (UnreadableJson e) {
            problems.add(e.at(path));
            return null;
        }
        if (root == null) {
            problems.add(new Problem(path, 1, 1, "the file is empty (it may have been cut short): restore it "
                    + "from a version"));
            return null;
        }
        Findings findings = new Findings(path, times);
        T value = decoder.apply(root, findings);
        if (!findings.isEmpty()) {
            problems.addAll(findings.locate(content.get()));
        }
        if (findings.hasKept()) {
            kept.addAll(findings.locateKept(content.get()));
        }
        return value;
    }

    /** The folder opened for reading its files, or null (with a problem) when it is not a plain one. */
    private ProjectFiles.FolderReader openFolder(String folder) throws IOException {
        try {
            return files.openFolder(folder);
        } catch (NotAPlainFileException e) {
            problems.add(e.problem());
            return null;
        }
    }

    /** The files in a project folder, or null (with a problem) when the folder is not a plain one. */
    private List<String> list(String folder) throws IOException {
        try {
            return files.list(folder);
        } catch (NotAPlainFileException e) {
            problems.add(e.problem());
            return null;
        }
    }

    /**
     * Places a finding. A segment "@id" of the pointer stands for the element of that array whose {@code id} is
     * that: brackets are reordered when read (they follow the text), so only the file knows where one stands.
     */
    private Problem locate(String path, String pointer, String message) {
        return locate(files, path, pointer, message);
    }

    /** The files, without noting a read: a later read is not what the project in memory came from. */
    private ProjectFiles unstamped() {
        return files instanceof StampedFiles stamped ? stamped.files() : files;
    }

    private static Problem locate(ProjectFiles files, String path, String pointer, String message) {
        try {
            Optional<byte[]> content = files.read(path);
            if (content.isEmpty()) {
                return Problem.ofFile(path, message);
            }
            Findings findings = new Findings(path);
            findings.add(pointer.contains("/@") ? byId(content.get(), pointer) : pointer, message);
            return findings.locate(content.get()).get(0);
        } catch (IOException e) {
            return Problem.ofFile(path, message);
        }
    }

    private static String byId(byte[] content, String pointer) {
        JsonNode node;
        try {
            node = JsonFormat.read(content);
        } catch (UnreadableJson e) {
            return "";
        }
        StringBuilder resolved = new StringBuilder();
        for (String segment : pointer.substring(1).split("/")) {
            if (segment.startsWith("@") && node != null && node.isArray()) {
                int index = -1;
                for (int i = 0; i < node.size() && index < 0; i++) {
                    if (segment.substring(1).equals(node.get(i).path("id").asText(null))) {
                        index = i;
                    }
                }
                if (index < 0) {
                    return resolved.toString(); // not in the file as such: the array is the nearest place
                }
                segment = Integer.toString(index);
            }
            node = node == null ? null : node.isArray() ? node.get(parseIndex(segment)) : node.get(segment);
            resolved.append('/').append(segment);
        }
        return resolved.toString();
    }

    private static int parseIndex(String segment) {
        try {
            return Integer.parseInt(segment);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void throwIfProblems() throws ProjectFileException {
        if (!problems.isEmpty()) {
            throw new ProjectFileException(problems, files.folder().orElse(null));
        }
    }

    /** Places a finding by JSON pointer in a file: {@code (path, pointer, message) → problem}. */
    @FunctionalInterface
    interface Locator {
        Problem locate(String path, String pointer, String message);
    }
}
