package org.clausewright.docx.review;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Reply;
import org.clausewright.model.TextAnchor;
import org.clausewright.model.TextLimits;
import org.clausewright.model.UnplacedThread;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a review that would give the project a text longer than {@link TextLimits#MAX_TEXT_CHARS}: the
 * reader would then refuse the project itself. Checked on the plan, before anything is written, so the
 * preview already says so.
 */
final class TextLimitCheck {
    private static final int FIRST_WORDS = 40;

    private final String fileName;

    private TextLimitCheck(String fileName) {
        this.fileName = fileName;
    }

    static void check(ReviewPlan plan) throws ReviewFileException {
        TextLimitCheck check = new TextLimitCheck(plan.fileName());
        for (ClauseReview clause : plan.clauses()) {
            for (AnnotationThread t : clause.added()) {
                check.thread(t);
            }
            for (List<Reply> replies : clause.replies().values()) {
                for (Reply r : replies) {
                    check.reply(r);
                }
            }
        }
        for (UnplacedThread u : plan.unplaced()) {
            check.thread(u.thread());
            check.field(u.context(), "the paragraphs around " + check.describe(u.thread()));
        }
    }

    private void thread(AnnotationThread t) throws ReviewFileException {
        String what = describe(t);
        field(t.author(), "the author's name of " + what);
        field(t.text(), what);
        field(t.replacement(), "the suggested wording of " + what);
        TextAnchor a = t.anchor();
        field(a.quote(), "the words under " + what);
        field(a.prefix(), what);
        field(a.suffix(), what);
        for (Reply r : t.replies()) {
            reply(r);
        }
    }

    private void reply(Reply r) throws ReviewFileException {
        String what = "the reply by " + firstWords(r.author()) + " beginning \u201c" + firstWords(r.text()) + "\u201d";
        field(r.author(), "the author's name of a reply");
        field(r.text(), what);
    }

    private String describe(AnnotationThread t) {
        String kind = t.kind() == AnnotationKind.SUGGESTION ? "the suggestion" : "the comment";
        String words = firstWords(t.kind() == AnnotationKind.SUGGESTION && Texts.withoutTrailerKeepCase(t.text()).isEmpty()
                ? t.replacement() : Texts.withoutTrailerKeepCase(t.text()));
        return kind + " by " + firstWords(t.author()) + (words.isEmpty() ? "" : " beginning \u201c" + words + "\u201d");
    }

    private void field(String text, String what) throws ReviewFileException {
        if (TextLimits.fits(text)) {
            return;
        }
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        // the reviewer's own words are counted, without the "[review: file]" line the import adds to a thread
        String own = Texts.withoutTrailerKeepCase(text);
        int added = text.length() - own.length();
        String limit = added == 0 ? "the " + n.format(TextLimits.MAX_TEXT_CHARS) + " a text in a project may have"
                : "the " + n.format(TextLimits.MAX_TEXT_CHARS - added) + " a comment from this file may have (a text"
                + " in a project may have " + n.format(TextLimits.MAX_TEXT_CHARS) + ", with the line naming the file)";
        throw new ReviewFileException(fileName + " was refused: " + what + " is " + n.format(own.length())
                + " characters long, more than " + limit + "; ask the reviewer to shorten it or split it into"
                + " several comments, then import the file again");
    }

    /** The first words of a text, on one line, for naming it in a message. */
    static String firstWords(String text) {
        String s = text.length() > 4 * FIRST_WORDS ? text.substring(0, 4 * FIRST_WORDS) : text;
        s = s.replaceAll("\\s+", " ").strip();
        if (s.length() <= FIRST_WORDS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', FIRST_WORDS);
        return s.substring(0, cut > FIRST_WORDS / 2 ? cut : FIRST_WORDS) + "\u2026";
    }
}
