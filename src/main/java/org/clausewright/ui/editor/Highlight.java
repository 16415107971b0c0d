package org.clausewright.ui.editor;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.BracketSpan;
import org.clausewright.model.Brackets;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.UnbalancedBracket;

import java.util.ArrayList;
import java.util.List;

/** A range of the clause text drawn with a style class: an annotated passage, a bracket, the picked thread. */
public record Highlight(int start, int end, String styleClass) {
    public static final String ANCHOR = "anchor";
    public static final String ANCHOR_SELECTED = "anchor-selected";
    public static final String BRACKET = "bracket";
    /** A "[" never closed or a "]" that closes nothing. */
    public static final String UNBALANCED = "bracket-unbalanced";

    /**
     * Brackets (the unbalanced ones marked apart), open threads' passages and the picked thread's passage (even
     * if resolved) in the clause; {@code brackets} are those of its text, null when it has none.
     */
    static List<Highlight> of(Clause clause, Project project, String picked, Brackets brackets) {
        List<Highlight> result = new ArrayList<>(of(brackets));
        for (AnnotationThread t : project.threadsOf(clause.id())) {
            boolean isPicked = t.id().equals(picked);
            if (t.detached() || t.anchor().isWholeClause() || t.anchor().end() > clause.text().length()
                    || (!t.isOpen() && !isPicked)) {
                continue;
            }
            result.add(new Highlight(t.anchor().start(), t.anchor().end(),
                    isPicked ? Highlight.ANCHOR_SELECTED : Highlight.ANCHOR));
        }
        return List.copyOf(result);
    }

    /** The brackets of a text (the unbalanced ones marked apart): all a translation shows, its threads being the source's. */
    static List<Highlight> of(Brackets brackets) {
        List<Highlight> result = new ArrayList<>();
        if (brackets != null) {
            for (BracketSpan span : brackets.spans()) {
                result.add(new Highlight(span.start(), span.end(), Highlight.BRACKET));
            }
            for (UnbalancedBracket stray : brackets.unbalanced()) {
                result.add(new Highlight(stray.offset(), stray.offset() + 1, Highlight.UNBALANCED));
            }
        }
        return result;
    }

    /** The brackets of {@code text}, found only when it has a bracket character (typing is the common case). */
    static List<Highlight> ofBrackets(String text) {
        return text.indexOf('[') < 0 && text.indexOf(']') < 0 ? List.of() : List.copyOf(of(Brackets.in(text)));
    }
}
