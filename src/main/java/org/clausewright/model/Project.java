package org.clausewright.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One immutable state of a whole project: what its folder holds at one moment (the working draft or a
 * recorded version). Edits make a new {@code Project}; unchanged clauses are shared between states, which
 * is what lets the store write only the files that changed.
 */
public final class Project {
    private final ProjectInfo info;
    private final Outline outline;
    private final SortedMap<String, Clause> clauses;
    private final SortedMap<String, List<AnnotationThread>> threads;
    private final List<UnplacedThread> unplaced;
    private final FileExtras fileExtras;
    private final Translations translations;
    private final SortedMap<String, Framework> frameworks;

    public Project(ProjectInfo info, Outline outline, Map<String, Clause> clauses,
                   Map<String, List<AnnotationThread>> threads) {
        this(info, outline, clauses, threads, List.of());
    }

    /** @param unplaced threads from reviews that await a member to attach them to a clause */
    public Project(ProjectInfo info, Outline outline, Map<String, Clause> clauses,
                   Map<String, List<AnnotationThread>> threads, List<UnplacedThread> unplaced) {
        this(info, outline, clauses, threads, unplaced, FileExtras.NONE);
    }

    /** @param fileExtras what a newer version wrote at the top of the annotations and unplaced threads files */
    public Project(ProjectInfo info, Outline outline, Map<String, Clause> clauses,
                   Map<String, List<AnnotationThread>> threads, List<UnplacedThread> unplaced, FileExtras fileExtras) {
        this(info, outline, Collections.unmodifiableSortedMap(new TreeMap<>(clauses)), copyOfThreads(threads),
                List.copyOf(unplaced), Objects.requireNonNull(fileExtras, "fileExtras"), Translations.NONE,
                Collections.emptySortedMap());
    }

    // Told apart from the public constructor by its sorted maps. The maps are this class's own sorted, unmodifiable
    // copies: an edit copies only the map it changes, once, and in linear time (a TreeMap copies a sorted map
    // without comparing keys). A keystroke in one clause of thousands used to copy both maps twice, key by key.
    private Project(ProjectInfo info, Outline outline, SortedMap<String, Clause> clauses,
                    SortedMap<String, List<AnnotationThread>> threads, List<UnplacedThread> unplaced,
                    FileExtras fileExtras, Translations translations, SortedMap<String, Framework> frameworks) {
        this.info = Objects.requireNonNull(info, "info");
        this.outline = Objects.requireNonNull(outline, "outline");
        this.clauses = clauses;
        this.threads = threads;
        this.unplaced = unplaced;
        this.fileExtras = fileExtras;
        this.translations = Objects.requireNonNull(translations, "translations");
        this.frameworks = frameworks;
    }

    private static SortedMap<String, List<AnnotationThread>> copyOfThreads(Map<String, List<AnnotationThread>> threads) {
        TreeMap<String, List<AnnotationThread>> copy = new TreeMap<>();
        threads.forEach((id, list) -> {
            if (!list.isEmpty()) {
                copy.put(id, List.copyOf(list));
            }
        });
        return Collections.unmodifiableSortedMap(copy);
    }

    public static Project empty(ProjectInfo info) {
        return new Project(info, Outline.empty(), Map.of(), Map.of());
    }

    public ProjectInfo info() {
        return info;
    }

    public Outline outline() {
        return outline;
    }

    /** All clauses by id (sorted), the draft's and the library's. */
    public Map<String, Clause> clauses() {
        return clauses;
    }

    public Optional<Clause> clause(String id) {
        return Optional.ofNullable(clauses.get(id));
    }

    /** Annotation threads by clause id; clauses without threads are absent. */
    public Map<String, List<AnnotationThread>> threads() {
        return threads;
    }

    public List<AnnotationThread> threadsOf(String clauseId) {
        return threads.getOrDefault(clauseId, List.of());
    }

    /** Clauses not placed in the outline: alternatives, candidates, retired text. */
    public List<Clause> library() {
        var placed = outline.placements().keySet();
        List<Clause> result = new ArrayList<>();
        clauses.values().forEach(c -> {
            if (!placed.contains(c.id())) {
                result.add(c);
            }
        });
        return result;
    }

    public Project withInfo(ProjectInfo value) {
        return new Project(value, outline, clauses, threads, unplaced, fileExtras, translations, frameworks);
    }

    public Project withOutline(Outline value) {
        return new Project(info, value, clauses, threads, unplaced, fileExtras, translations, frameworks);
    }

    public Project withClause(Clause clause) {
        TreeMap<String, Clause> copy = new TreeMap<>(clauses);
        copy.put(clause.id(), Objects.requireNonNull(clause, "clause"));
        return new Project(info, outline, Collections.unmodifiableSortedMap(copy), threads, unplaced, fileExtras,
                translations, frameworks);
    }

    /** Removes the clause and its threads; the caller removes it from the outline first. */
    public Project withoutClause(String clauseId) {
        Map<String, Clause> copy = new TreeMap<>(clauses);
        copy.remove(clauseId);
        Map<String, List<AnnotationThread>> threadCopy = new TreeMap<>(threads);
        threadCopy.remove(clauseId);
        // its translations go with it, as its threads do: undo brings the whole state back
        return new Project(info, outline, copy, threadCopy, unplaced, fileExtras)
                .withTranslations(translations.withoutClause(clauseId)).withFrameworks(frameworks);
    }

    public Project withThreads(String clauseId, List<AnnotationThread> value) {
        TreeMap<String, List<AnnotationThread>> copy = new TreeMap<>(threads);
        if (value.isEmpty()) {
            copy.remove(clauseId);
        } else {
            copy.put(Objects.requireNonNull(clauseId, "clauseId"), List.copyOf(value));
        }
        return new Project(info, outline, clauses, Collections.unmodifiableSortedMap(copy), unplaced, fileExtras,
                translations, frameworks);
    }

    /** Review threads not yet attached to a clause, in the order they came in. */
    public List<UnplacedThread> unplaced() {
        return unplaced;
    }

    public Project withUnplaced(List<UnplacedThread> value) {
        return new Project(info, outline, clauses, threads, List.copyOf(value), fileExtras, translations, frameworks);
    }

    /** What a newer version wrote at the top of the annotations and unplaced threads files, kept to write back. */
    public FileExtras fileExtras() {
        return fileExtras;
    }

    /** The clauses' versions in the target languages. */
    public Translations translations() {
        return translations;
    }

    public Project withTranslations(Translations value) {
        return new Project(info, outline, clauses, threads, unplaced, fileExtras, value, frameworks);
    }

    public Project withTranslation(Translation value) {
        return withTranslations(translations.with(value));
    }

    /** The project's frameworks (frameworks/ID.json) by id, sorted. */
    public Map<String, Framework> frameworks() {
        return frameworks;
    }

    public Optional<Framework> framework(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    public Project withFrameworks(Map<String, Framework> value) {
        return new Project(info, outline, clauses, threads, unplaced, fileExtras, translations,
                Collections.unmodifiableSortedMap(new TreeMap<>(value)));
    }

    /** The project with {@code framework} added, or put in place of the one with its id. */
    public Project withFramework(Framework framework) {
        TreeMap<String, Framework> copy = new TreeMap<>(frameworks);
        copy.put(framework.id(), framework);
        return new Project(info, outline, clauses, threads, unplaced, fileExtras, translations,
                Collections.unmodifiableSortedMap(copy));
    }

    /** The project without its framework {@code id}; the clauses' addresses of it stay (they are kept, not lost). */
    public Project withoutFramework(String id) {
        TreeMap<String, Framework> copy = new TreeMap<>(frameworks);
        copy.remove(id);
        return new Project(info, outline, clauses, threads, unplaced, fileExtras, translations,
                Collections.unmodifiableSortedMap(copy));
    }

    public int threadCount() {
        return threads.values().stream().mapToInt(List::size).sum();
    }

    public long openThreadCount() {
        return threads.values().stream().flatMap(List::stream).filter(AnnotationThread::isOpen).count();
    }
}
