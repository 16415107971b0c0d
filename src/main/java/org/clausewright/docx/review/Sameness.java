package org.clausewright.docx.review;

import org.clausewright.docx.ExportedComment;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Reply;
import org.clausewright.model.Sha256;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * When an item read from a review is one the project already has: same author, same place, same text (and
 * for a suggestion the same replacement), and dates within Word's minute, where both have one. Ids do not
 * survive other programs (LibreOffice renumbers comments on save), so items are known by these keys.
 *
 * <p>"Same text" is equality after {@link Texts#normalize}, never containment. A comment our export wrote
 * carries more than the thread's text (a "Detached: …" line, a "Suggested wording: …" line): those exact
 * forms come from {@link ExportedComment}, the one definition the export writes them by.
 */
final class Sameness {
    /** The place of a whole-clause thread, and of anything our export put on a clause's heading. */
    private static final String WHOLE_CLAUSE = "";

    private Sameness() {
    }

    /**
     * Who, where and what: an item is the same as another with an equal key and a compatible date. A key is only
     * ever compared, so a long place or content is kept as the SHA-256 of its normalised form: a review's unplaced
     * comments carry their whole paragraph as their place, and the full texts of a 50 MB review's 34,000 of them
     * doubled the memory its import needed (refused at 600 MB of heap).
     */
    record Key(String author, String place, String content) {
        Key {
            place = compact(place);
            content = compact(content);
        }
    }

    private static final int COMPACT_ABOVE = 64;

    /** A text of up to {@link #COMPACT_ABOVE} characters as it is; a longer one by its digest, marked as such. */
    private static String compact(String text) {
        if (text.length() <= COMPACT_ABOVE) {
            return text;
        }
        return "\u0001sha256:" + HexFormat.of().formatHex(Sha256.of(text));
    }

    /** The key of a thread read from the review. */
    static Key incoming(AnnotationThread t) {
        return new Key(author(t.author()), place(t), content(t));
    }

    /**
     * The keys under which a thread of the project comes back from our own export: its words as they are, or,
     * for a comment, any form the export writes for it (on the heading when it was written as detached).
     */
    static List<Key> existing(AnnotationThread t) {
        List<Key> keys = new ArrayList<>();
        String author = author(t.author());
        keys.add(new Key(author, place(t), content(t)));
        for (String text : ExportedComment.texts(t, false)) {
            add(keys, new Key(author, place(t), comment(text)));
        }
        if (!t.anchor().isWholeClause()) {
            for (String text : ExportedComment.texts(t, true)) {
                add(keys, new Key(author, WHOLE_CLAUSE, comment(text)));
            }
        }
        return keys;
    }

    /**
     * The keys of a reply of the project come back as a comment of its own (LibreOffice does not keep
     * Word's reply threading): on its thread's words, or on the heading where the thread was detached.
     */
    static List<Key> replyAsThread(AnnotationThread thread, Reply r) {
        List<Key> keys = new ArrayList<>(2);
        keys.add(new Key(author(r.author()), place(thread), comment(r.text())));
        if (!thread.anchor().isWholeClause()) {
            keys.add(new Key(author(r.author()), WHOLE_CLAUSE, comment(r.text())));
        }
        return keys;
    }

    /** A reply, among the replies of one thread. */
    static Key reply(Reply r) {
        return new Key(author(r.author()), WHOLE_CLAUSE, Texts.normalize(r.text()));
    }

    /**
     * The key of a thread kept unplaced, or compared with one: it has no clause anchor, so its quote in its
     * context stands for the place, and a suggestion is told by its replacement.
     */
    static Key note(AnnotationThread t) {
        return new Key(author(t.author()), Texts.normalize(t.anchor().quote()),
                t.kind().key() + '\u0000' + Texts.normalize(t.replacement()) + '\u0000' + Texts.withoutTrailer(t.text()));
    }

    /** The words and where they start: the same words twice in a clause are two places. */
    private static String place(AnnotationThread t) {
        return t.anchor().isWholeClause() ? WHOLE_CLAUSE
                : Texts.normalize(t.anchor().quote()) + '\u0000' + t.anchor().start();
    }

    private static String content(AnnotationThread t) {
        if (t.kind() == AnnotationKind.SUGGESTION) {
            return "suggestion\u0000" + Texts.normalize(t.replacement()) + '\u0000' + Texts.withoutTrailer(t.text());
        }
        return comment(t.text());
    }

    private static String comment(String text) {
        return "comment\u0000" + Texts.withoutTrailer(text);
    }

    private static String author(String author) {
        return Texts.normalize(ThreadFactory.author(author));
    }

    private static void add(List<Key> keys, Key key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }
}
