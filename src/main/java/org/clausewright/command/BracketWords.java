package org.clausewright.command;

import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;

/**
 * Puts the words {@code text[start, end)} of a clause in square brackets: a bracket of one option, "retain or
 * delete", which others can then add options to. Annotations keep their words, as with any typing.
 */
public record BracketWords(String clauseId, int start, int end) implements Command {
    @Override
    public String name() {
        return "command.bracketWords";
    }

    @Override
    public Project apply(Project project) {
        Clause clause = Clauses.require(project, clauseId);
        String text = clause.text();
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("select the words to bracket first");
        }
        String words = text.substring(start, end);
        if (words.indexOf('[') >= 0 || words.indexOf(']') >= 0 || words.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("select words within one paragraph and outside other brackets");
        }
        String next = text.substring(0, start) + '[' + words + ']' + text.substring(end);
        return new EditText(clauseId, next).apply(project);
    }

    /** The bracket this command made, once applied: the one standing where the words were. */
    public static String bracketAt(Project project, String clauseId, int start) {
        Clause clause = Clauses.require(project, clauseId);
        var layout = org.clausewright.model.BracketLayout.of(BracketSync.reconcile(clause));
        for (int k = 0; k < layout.groups().size(); k++) {
            if (layout.groups().get(k).start() == start) {
                return layout.bracketAt(k).map(b -> b.id()).orElse(null);
            }
        }
        return null;
    }
}
