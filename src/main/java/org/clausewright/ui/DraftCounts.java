package org.clausewright.ui;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Outline;
import org.clausewright.model.Project;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The status bar's figures: clauses in the draft, open threads, open brackets. A keystroke recounts the
 * clause it changed and adjusts the totals; only a change of the outline or of the set of clauses walks them
 * all, and even then each clause and thread list is counted once per object.
 */
final class DraftCounts {
    private final Map<Clause, Integer> bracketCounts = new IdentityHashMap<>();
    private final Map<List<AnnotationThread>, Integer> threadCounts = new IdentityHashMap<>();
    private Project counted;
    private Outline countedOutline;
    private Set<String> draftIds = Set.of();
    private int openBrackets;
    private long openThreads;

    void count(Project project) {
        count(project, ChangedClauses.between(counted, project));
    }

    /** As {@link #count(Project)}, with what changed since the state last counted already worked out. */
    void count(Project project, Optional<Set<String>> changed) {
        if (changed.isPresent() && counted != null) {
            for (String id : changed.get()) {
                openThreads += threads(project.threadsOf(id)) - threads(counted.threadsOf(id));
                if (draftIds.contains(id)) {
                    openBrackets += brackets(project.clause(id).orElse(null))
                            - brackets(counted.clause(id).orElse(null));
                }
            }
        } else {
            recount(project);
        }
        counted = project;
        // the counts of states left behind (each keystroke leaves one) are let go now and then
        if (bracketCounts.size() > 4 * project.clauses().size() + 64) {
            bracketCounts.clear();
        }
        if (threadCounts.size() > 4 * project.threads().size() + 64) {
            threadCounts.clear();
        }
    }

    private void recount(Project project) {
        if (project.outline() != countedOutline) {
            countedOutline = project.outline();
            draftIds = new HashSet<>(countedOutline.clauseIds());
        }
        openBrackets = 0;
        for (Clause c : project.clauses().values()) {
            if (draftIds.contains(c.id())) {
                openBrackets += brackets(c);
            }
        }
        openThreads = 0;
        for (List<AnnotationThread> list : project.threads().values()) {
            openThreads += threads(list);
        }
    }

    private int brackets(Clause clause) {
        return clause == null ? 0 : bracketCounts.computeIfAbsent(clause,
                k -> k.brackets().isEmpty() && k.text().indexOf('[') < 0 ? 0 : Negotiation.openBracketCount(k));
    }

    private int threads(List<AnnotationThread> list) {
        return threadCounts.computeIfAbsent(list, k -> (int) k.stream().filter(AnnotationThread::isOpen).count());
    }

    int clauses() {
        return draftIds.size();
    }

    long openThreads() {
        return openThreads;
    }

    int openBrackets() {
        return openBrackets;
    }
}
