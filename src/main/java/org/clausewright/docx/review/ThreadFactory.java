package org.clausewright.docx.review;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Ids;
import org.clausewright.model.Project;
import org.clausewright.model.Relocation;
import org.clausewright.model.Reply;
import org.clausewright.model.Resolution;
import org.clausewright.model.TextAnchor;
import org.clausewright.model.UnplacedThread;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes threads and replies with ids the project does not use yet, the reviewer as author, and the file
 * they came from in a last "[review: file]" line of the text.
 */
final class ThreadFactory {
    /** Stands in for a date Word's "remove personal information" scrubbed; stable, so re-imports match. */
    static final Instant NO_DATE = Instant.EPOCH;
    private static final String UNKNOWN_AUTHOR = "Reviewer";

    private final String fileName;
    private final Set<String> taken = new HashSet<>();

    ThreadFactory(String fileName, Project project) {
        this.fileName = fileName;
        project.threads().values().forEach(list -> list.forEach(this::take));
        project.unplaced().forEach(u -> take(u.thread()));
    }

    private void take(AnnotationThread t) {
        taken.add(t.id());
        t.replies().forEach(r -> taken.add(r.id()));
    }

    String fileName() {
        return fileName;
    }

    AnnotationThread thread(AnnotationKind kind, Relocation where, String author, Instant date, String text,
                            String replacement, List<Reply> replies, Resolution resolution) {
        String body = text.isBlank() ? Texts.trailer(fileName) : text.strip() + "\n" + Texts.trailer(fileName);
        return new AnnotationThread(id("t-"), where.anchor(), kind, author(author), date(date), body, replacement,
                replies, resolution, where.isDetached());
    }

    Reply reply(String author, Instant date, String text) {
        return new Reply(id("r-"), author(author), date(date), text);
    }

    UnplacedThread unplaced(AnnotationThread thread, String context) {
        return new UnplacedThread(fileName, context, thread);
    }

    static TextAnchor anchorIn(String context, int start, int end) {
        int s = Math.max(0, Math.min(start, context.length()));
        int e = Math.max(s, Math.min(end, context.length()));
        return s == e ? TextAnchor.wholeClause() : TextAnchor.of(context, s, e);
    }

    static String author(String author) {
        return author == null || author.isBlank() ? UNKNOWN_AUTHOR : author.strip();
    }

    static Instant date(Instant date) {
        return date == null ? NO_DATE : date;
    }

    private String id(String prefix) {
        String id;
        do {
            id = Ids.random(prefix);
        } while (!taken.add(id));
        return id;
    }
}
