package org.clausewright.ui.editor;

import org.clausewright.model.Brackets;
import org.clausewright.model.UnbalancedBracket;
import org.clausewright.model.Words;
import org.clausewright.ui.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The line under the clause text that names its unbalanced brackets by the words next to them ("The “[”
 * before “shall report” is never closed."), since a character offset means nothing to a reader.
 */
final class BracketWarning {
    private static final int SHOWN = 3;
    private static final int WORDS = 3;

    private BracketWarning() {
    }

    /** "" when every bracket is matched. */
    static String of(String text, Brackets brackets, Messages messages) {
        if (brackets == null || brackets.isBalanced()) {
            return "";
        }
        List<String> each = new ArrayList<>();
        for (UnbalancedBracket stray : brackets.unbalanced().subList(0, Math.min(SHOWN, brackets.unbalanced().size()))) {
            String before = wordsBefore(text, stray.offset());
            String after = wordsAfter(text, stray.offset() + 1);
            // named by the words it should enclose, or by those on its other side when it ends or starts a line
            if (stray.isOpening()) {
                each.add(after.isEmpty() ? messages.format("editor.bracket.unclosedAfter", before)
                        : messages.format("editor.bracket.unclosed", after));
            } else {
                each.add(before.isEmpty() ? messages.format("editor.bracket.unopenedBefore", after)
                        : messages.format("editor.bracket.unopened", before));
            }
        }
        int more = brackets.unbalanced().size() - each.size();
        if (more > 0) {
            each.add(messages.format("editor.bracket.more", more));
        }
        return messages.format("editor.bracket.warning", String.join(" ", each));
    }

    // words as everywhere else (model.Words): a line of Chinese has no spaces, yet "the three words after it"
    private static String wordsAfter(String text, int from) {
        int end = from;
        for (int k = 0; k < WORDS; k++) {
            int next = Words.endAfter(text, end);
            if (next == end) {
                break;
            }
            end = next;
        }
        return text.substring(from, end).strip();
    }

    private static String wordsBefore(String text, int to) {
        int start = to;
        for (int k = 0; k < WORDS; k++) {
            int previous = Words.startBefore(text, start);
            if (previous == start) {
                break;
            }
            start = previous;
        }
        return text.substring(start, to).strip();
    }
}
