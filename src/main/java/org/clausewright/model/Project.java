package org.clausewright.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One immutable state of a whole project: what its folder holds at one moment (the working draft or a
 * recorded version). Edits make a new {@code Project}; unchanged clauses are shared between states, which
 * is what lets the store write only the files that changed.
 */
public final class Project {
    private final ProjectInfo info;
    private final Outline outline;
    private final Map<String, Clause> clauses;
    private final Map<String, List<AnnotationThread>> threads;
    private final List<UnplacedThread> unplaced;

    public Project(ProjectInfo info, Outline outline, Map<String, Clause> clauses,
                   Map<String, List<AnnotationThread>> threads) {
        this(info, outline, clauses, threads, List.of());
    }

    /** @param unplaced threads from reviews that await a member to attach them to a clause */
    public Project(ProjectInfo info, Outline outline, Map<String, Clause> clauses,
                   Map<String, List<AnnotationThread>> threads, List<UnplacedThread> unplaced) {
        this.info = Objects.requireNonNull(info, "info");
        this.outline = Objects.requireNonNull(outline, "outline");
        this.clauses = Collections.unmodifiableMap(new TreeMap<>(clauses));
        TreeMap<String, List<AnnotationThread>> copy = new TreeMap<>();
        threads.forEach((id, list) -> {
            if (!list.isEmpty()) {
                copy.put(id, List.copyOf(list));
            }
        });
        this.threads = Collections.unmodifiableMap(copy);
        this.unplaced = List.copyOf(unplaced);
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
        return new Project(value, outline, clauses, threads, unplaced);
    }

    public Project withOutline(Outline value) {
        return new Project(info, value, clauses, threads, unplaced);
    }

    public Project withClause(Clause clause) {
        Map<String, Clause> copy = new TreeMap<>(clauses);
        copy.put(clause.id(), clause);
        return new Project(info, outline, copy, threads, unplaced);
    }

    /** Removes the clause and its threads; the caller removes it from the outline first. */
    public Project withoutClause(String clauseId) {
        Map<String, Clause> copy = new TreeMap<>(clauses);
        copy.remove(clauseId);
        Map<String, List<AnnotationThread>> threadCopy = new TreeMap<>(threads);
        threadCopy.remove(clauseId);
        return new Project(info, outline, copy, threadCopy, unplaced);
    }

    public Project withThreads(String clauseId, List<AnnotationThread> value) {
        Map<String, List<AnnotationThread>> copy = new TreeMap<>(threads);
        copy.put(clauseId, value);
        return new Project(info, outline, clauses, copy, unplaced);
    }

    /** Review threads not yet attached to a clause, in the order they came in. */
    public List<UnplacedThread> unplaced() {
        return unplaced;
    }

    public Project withUnplaced(List<UnplacedThread> value) {
        return new Project(info, outline, clauses, threads, value);
    }

    public int threadCount() {
        return threads.values().stream().mapToInt(List::size).sum();
    }

    public long openThreadCount() {
        return threads.values().stream().flatMap(List::stream).filter(AnnotationThread::isOpen).count();
    }
}
