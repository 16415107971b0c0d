package org.clausewright.diff;

import org.clausewright.model.TerminalText;

/**
 * How removed and inserted words are marked when a {@link TextDiff} is written as text. The words themselves
 * are shown as {@link TerminalText} shows them, so a control character in a clause cannot pass for a mark.
 */
public enum DiffStyle {
    /** git's word-diff notation, readable anywhere: "[-removed-]{+inserted+}". */
    PLAIN("[-", "-]", "{+", "+}"),
    /** Red removed and green inserted words, for terminals. */
    ANSI("\u001B[31m", "\u001B[0m", "\u001B[32m", "\u001B[0m");

    private final String deletedStart;
    private final String deletedEnd;
    private final String insertedStart;
    private final String insertedEnd;

    DiffStyle(String deletedStart, String deletedEnd, String insertedStart, String insertedEnd) {
        this.deletedStart = deletedStart;
        this.deletedEnd = deletedEnd;
        this.insertedStart = insertedStart;
        this.insertedEnd = insertedEnd;
    }

    public String render(TextDiff diff) {
        StringBuilder sb = new StringBuilder();
        for (DiffSegment segment : diff.segments()) {
            switch (segment.kind()) {
                case EQUAL -> sb.append(TerminalText.lines(segment.text()));
                case DELETED -> mark(sb, TerminalText.lines(segment.text()), deletedStart, deletedEnd);
                case INSERTED -> mark(sb, TerminalText.lines(segment.text()), insertedStart, insertedEnd);
                default -> throw new IllegalStateException(segment.kind().name());
            }
        }
        return sb.toString();
    }

    // Colours are closed at each line break and reopened after it, so that every line of the terminal
    // output (paged by `less -R`, say) carries its own colour.
    private void mark(StringBuilder sb, String text, String start, String end) {
        if (this == PLAIN) {
            sb.append(start).append(text).append(end);
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            if (!lines[i].isEmpty()) {
                sb.append(start).append(lines[i]).append(end);
            }
        }
    }
}
