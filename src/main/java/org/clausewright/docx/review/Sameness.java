package org.clausewright.docx.review;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Reply;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether an item read from a review is one the project already has. Ids do not survive other programs
 * (LibreOffice renumbers comments on save), so an item is known by author, date, anchored words and text.
 */
final class Sameness {
    private Sameness() {
    }

    static boolean sameThread(AnnotationThread existing, AnnotationThread incoming) {
        return sameAuthor(existing.author(), incoming.author())
                && sameTime(existing.created(), incoming.created())
                && sameQuote(existing, incoming)
                && sameContent(existing, incoming);
    }

    /** True when the incoming thread is a reply the project has, come back as a comment of its own. */
    static boolean sameAsReply(Reply existing, AnnotationThread incoming) {
        return sameAuthor(existing.author(), incoming.author()) && sameTime(existing.time(), incoming.created())
                && sameText(existing.text(), incoming.text());
    }

    static boolean sameReply(Reply existing, Reply incoming) {
        return sameAuthor(existing.author(), incoming.author()) && sameTime(existing.time(), incoming.time())
                && sameText(existing.text(), incoming.text());
    }

    /** For an unplaced thread, which has no clause anchor to compare. */
    static boolean sameNote(AnnotationThread existing, AnnotationThread incoming) {
        return sameAuthor(existing.author(), incoming.author()) && sameTime(existing.created(), incoming.created())
                && existing.kind().equals(incoming.kind()) && Texts.normalize(existing.replacement())
                .equals(Texts.normalize(incoming.replacement())) && sameText(existing.text(), incoming.text());
    }

    private static boolean sameQuote(AnnotationThread existing, AnnotationThread incoming) {
        // our export puts a comment on a whole clause over its heading or text, which come back as some quote
        return existing.anchor().isWholeClause()
                || Texts.normalize(existing.anchor().quote()).equals(Texts.normalize(incoming.anchor().quote()));
    }

    private static boolean sameContent(AnnotationThread existing, AnnotationThread incoming) {
        if (incoming.kind() == AnnotationKind.SUGGESTION) {
            return existing.kind() == AnnotationKind.SUGGESTION
                    && Texts.normalize(existing.replacement()).equals(Texts.normalize(incoming.replacement()));
        }
        // an exported comment carries the thread's text, and more (a suggestion's words, a detached note)
        if (existing.kind() == AnnotationKind.SUGGESTION && !existing.replacement().isBlank()
                && !Texts.withoutTrailer(incoming.text()).contains(Texts.normalize(existing.replacement()))) {
            return false;
        }
        return sameText(existing.text(), incoming.text());
    }

    private static boolean sameText(String existing, String incoming) {
        String e = Texts.withoutTrailer(existing);
        String i = Texts.withoutTrailer(incoming);
        return e.isEmpty() || i.contains(e);
    }

    private static boolean sameAuthor(String a, String b) {
        return Texts.normalize(a).equals(Texts.normalize(b));
    }

    // Word keeps whole minutes; a scrubbed date matches any.
    private static boolean sameTime(Instant a, Instant b) {
        if (a.equals(ThreadFactory.NO_DATE) || b.equals(ThreadFactory.NO_DATE)) {
            return true;
        }
        return Duration.between(a, b).abs().compareTo(Duration.ofSeconds(60)) < 0;
    }
}
