package org.clausewright.docx;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Numbering;
import org.clausewright.model.Reply;

import java.text.BreakIterator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * For a PDF, the comments listed in an annex: LibreOffice 7.4 turns Word comments into notes shown on screen only, so
 * a reader on paper would not see them (docs/decisions/pdf-through-libreoffice.md, session 26). It holds exactly the
 * threads {@link ClauseWriter} hands to the {@link CommentsWriter}, in that order (the draft's), and writes for each
 * the clause, the words it is on and every comment of the thread — the first and its replies — with author, date and
 * the text the Word comment carries ({@link ExportedComment#paragraphs}). Beside {@code --annex} it takes Annex A's
 * place, so that a PDF never lists the open comments twice.
 */
final class CommentsAnnex {
    /** The longest quote of commented words, in characters, before it is shortened at a word's end. */
    static final int LONGEST_QUOTE = 120;

    private final List<Commented> threads = new ArrayList<>();

    private record Commented(Clause clause, AnnotationThread thread, boolean detached, String words) {
    }

    /**
     * A thread written as comments on the clause; {@code detached} as for {@link CommentsWriter#add}; {@code words}
     * the commented words as the draft prints them, or null where the thread is not on words of the printed text
     * (the whole clause, or detached: its quote is given as it was).
     */
    void add(Clause clause, AnnotationThread thread, boolean detached, String words) {
        threads.add(new Commented(clause, thread, detached, words));
    }

    /**
     * Writes the annex: "Annex A – Comments" in Annex A's place ({@code lettered}), said even when there is no
     * comment, as Annex A is; otherwise "Annex – Comments", only when there is one.
     *
     * @param scope which threads were exported, for the sentence saying there is none
     */
    void write(BodyWriter document, Numbering numbering, Messages messages, CommentScope scope, boolean lettered) {
        if (threads.isEmpty() && !lettered) {
            return;
        }
        document.paragraph("AnnexHeading", messages.get(lettered ? "annex.threads.lettered" : "annex.threads.title"));
        if (threads.isEmpty()) {
            document.paragraph("Normal", messages.get(scope == CommentScope.ALL ? "annex.threads.none"
                    : "annex.comments.none"));
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        List<String[]> rows = new ArrayList<>();
        for (Commented c : threads) {
            AnnotationThread t = c.thread();
            String clause = c.clause().heading().isBlank() ? numbering.label(c.clause().id())
                    : numbering.label(c.clause().id()) + "\n" + c.clause().heading();
            String words = t.anchor().isWholeClause() ? messages.get("annex.threads.wholeClause")
                    : messages.get("bracket.quoted", shortened((c.words() == null ? t.anchor().quote() : c.words())
                    .strip().replaceAll("\\s+", " "), messages));
            if (!t.isOpen()) {
                words = words + "\n" + messages.get("annex.threads.resolved");
            }
            rows.add(new String[] {clause, words, t.author(), date(t.created(), dates),
                    String.join("\n", ExportedComment.paragraphs(t, c.detached(), messages))});
            for (Reply r : t.replies()) {
                rows.add(new String[] {"", "", r.author(), date(r.time(), dates), r.text()});
            }
        }
        document.table(new String[] {messages.get("annex.threads.clause"), messages.get("annex.threads.words"),
                messages.get("annex.threads.author"), messages.get("annex.threads.date"),
                messages.get("annex.threads.comment")}, rows, new int[] {16, 19, 17, 18, 30});
    }

    private static String date(Instant time, DateTimeFormatter dates) {
        return time == null ? "" : dates.format(time.atZone(ZoneOffset.UTC));
    }

    /** The quote whole when short, else cut at the last word's end before the limit, with an ellipsis. */
    static String shortened(String quote, Messages messages) {
        if (quote.length() <= LONGEST_QUOTE) {
            return quote;
        }
        BreakIterator words = BreakIterator.getWordInstance(messages.locale());
        words.setText(quote);
        int cut = words.preceding(LONGEST_QUOTE);
        if (cut <= 0) {
            // one word longer than the limit: cut between characters, never inside a surrogate pair
            cut = Character.isLowSurrogate(quote.charAt(LONGEST_QUOTE)) ? LONGEST_QUOTE - 1 : LONGEST_QUOTE;
        }
        return quote.substring(0, cut).stripTrailing() + "\u2026";
    }
}
