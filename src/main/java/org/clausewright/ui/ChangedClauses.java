package org.clausewright.ui;

import org.clausewright.model.Project;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clauses whose text, details or threads differ between two states of a project, found by identity: an
 * edit makes a new state sharing every clause and thread list it did not change. A keystroke changes one
 * clause of thousands; views that kept something per clause redo it for that one instead of walking them all.
 */
public final class ChangedClauses {
    private ChangedClauses() {
    }

    /**
     * The ids of the clauses (or thread lists) that differ, or empty when the states differ in more than that:
     * another outline or project info, clauses or thread lists added or removed, no state before. Then the caller
     * does its whole work again.
     */
    public static Optional<Set<String>> between(Project before, Project after) {
        if (before == null || after == null || before.outline() != after.outline() || before.info() != after.info()) {
            return Optional.empty();
        }
        Set<String> changed = new HashSet<>();
        if (!collect(before.clauses(), after.clauses(), changed) || !collect(before.threads(), after.threads(), changed)) {
            return Optional.empty();
        }
        return Optional.of(changed);
    }

    // both maps are sorted by id: walked side by side, the same ids come at the same place
    private static <V> boolean collect(Map<String, V> before, Map<String, V> after, Set<String> changed) {
        if (before == after) {
            return true;
        }
        if (before.size() != after.size()) {
            return false;
        }
        Iterator<Map.Entry<String, V>> old = before.entrySet().iterator();
        for (Map.Entry<String, V> now : after.entrySet()) {
            Map.Entry<String, V> was = old.next();
            if (!was.getKey().equals(now.getKey())) {
                return false;
            }
            if (was.getValue() != now.getValue()) {
                changed.add(now.getKey());
            }
        }
        return true;
    }
}
