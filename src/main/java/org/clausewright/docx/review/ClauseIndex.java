package org.clausewright.docx.review;

import org.clausewright.model.Clause;
import org.clausewright.model.Project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headings and paragraphs of every clause that can receive a review, looked up by normalised text and
 * by the words they share. Built from the exported version first, then the working draft, so text that
 * changed since the export is still recognised; only clauses the working draft still has are indexed.
 */
final class ClauseIndex {
    /** One paragraph of one clause, with its words for fuzzy comparison. */
    record Entry(String clauseId, String normalized, Set<String> words) {
    }

    private final Map<String, List<String>> headings = new HashMap<>();
    private final Map<String, List<String>> paragraphs = new HashMap<>();
    private final Map<String, List<Entry>> byClause = new HashMap<>();
    private final Map<String, List<Entry>> byWord = new HashMap<>();
    private final Project working;

    ClauseIndex(Project working, Project exported) {
        this.working = working;
        if (exported != null) {
            add(exported);
        }
        add(working);
    }

    private void add(Project project) {
        List<String> order = new ArrayList<>(project.outline().clauseIds());
        project.clauses().keySet().stream().filter(id -> !project.outline().contains(id)).forEach(order::add);
        for (String id : order) {
            Clause clause = project.clauses().get(id);
            if (clause == null || working.clause(id).isEmpty()) {
                continue;
            }
            addUnique(headings, Texts.normalize(clause.heading()), id);
            for (String p : clause.paragraphs()) {
                String n = Texts.normalize(p);
                if (n.isEmpty() || !addUnique(paragraphs, n, id)) {
                    continue;
                }
                Entry e = new Entry(id, n, Texts.words(n));
                byClause.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
                for (String w : e.words()) {
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
                }
            }
        }
    }

    private static boolean addUnique(Map<String, List<String>> map, String key, String id) {
        if (key.isEmpty()) {
            return false;
        }
        List<String> ids = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (ids.contains(id)) {
            return false;
        }
        ids.add(id);
        return true;
    }

    List<String> clausesWithHeading(String normalized) {
        return headings.getOrDefault(normalized, List.of());
    }

    List<String> clausesWithParagraph(String normalized) {
        return paragraphs.getOrDefault(normalized, List.of());
    }

    boolean isHeadingOf(String clauseId, String normalized) {
        return clausesWithHeading(normalized).contains(clauseId);
    }

    /** The best similarity of {@code words} to a paragraph of the clause. */
    double similarityTo(String clauseId, Set<String> words) {
        double best = 0;
        for (Entry e : byClause.getOrDefault(clauseId, List.of())) {
            best = Math.max(best, Texts.similarity(words, e.words()));
        }
        return best;
    }

    /** The clause whose paragraph shares most words with {@code words}, if it reaches {@code threshold}. */
    String closest(Set<String> words, double threshold) {
        // Candidates are paragraphs sharing a rare word: common words ("scientists", "should") find everything.
        Map<Entry, Boolean> candidates = new HashMap<>();
        List<String> byRarity = new ArrayList<>(words);
        byRarity.sort((a, b) -> Integer.compare(byWord.getOrDefault(a, List.of()).size(),
                byWord.getOrDefault(b, List.of()).size()));
        for (String w : byRarity.subList(0, Math.min(5, byRarity.size()))) {
            for (Entry e : byWord.getOrDefault(w, List.of())) {
                candidates.put(e, Boolean.TRUE);
            }
        }
        String best = null;
        double bestScore = threshold;
        for (Entry e : candidates.keySet()) {
            double score = Texts.similarity(words, e.words());
            if (score >= bestScore) {
                bestScore = score;
                best = e.clauseId();
            }
        }
        return best;
    }

    boolean hasClause(String clauseId) {
        return working.clause(clauseId).isPresent();
    }
}
