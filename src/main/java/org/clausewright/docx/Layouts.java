package org.clausewright.docx;

import org.clausewright.model.BracketLayout;
import org.clausewright.model.Clause;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clauses' bracket layouts worked out once per export, by whichever thread needs one first: the draft's (for
 * the highlighting and the footnotes' references) or the compilation's, which goes through the same clauses at the
 * same time on a thread of its own. A layout depends on the clause only, and is not changed once made.
 */
final class Layouts {
    private record Made(Clause clause, BracketLayout layout) {
    }

    // by id, not by the clause's deep equality; the clause itself is kept to make sure it is the same one
    private final Map<String, Made> byId = new ConcurrentHashMap<>();

    /** The clause's brackets as its text shows them. */
    BracketLayout of(Clause clause) {
        Made made = byId.computeIfAbsent(clause.id(), id -> new Made(clause, BracketLayout.of(clause)));
        return made.clause() == clause ? made.layout() : BracketLayout.of(clause);
    }
}
