package org.clausewright.docx.review;

import org.clausewright.model.MessageText;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Numbering;
import org.clausewright.model.Project;
import org.clausewright.model.Reply;
import org.clausewright.model.Translation;
import org.clausewright.model.UnplacedThread;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The import report as lines of text: per clause what comes in, then the unplaced items, then what was left out. */
public final class ReviewReportPrinter {
    private static final int QUOTE_LENGTH = 60;
    private final MessageText messages;
    private final Locale locale;

    public ReviewReportPrinter(Locale locale) {
        this.locale = locale;
        this.messages = new MessageText("org.clausewright.docx.review.messages", locale);
    }

    /** @param notes lines to print under the summary (which version the file came from, warnings) */
    public List<String> lines(ReviewPlan plan, Project project, List<String> notes, boolean dryRun) {
        List<String> out = new ArrayList<>();
        out.add(text("review.summary", plan.fileName(), plan.comments(), plan.suggestions()));
        plan.language().ifPresent(l -> out.add(text("review.language",
                Locale.forLanguageTag(l).getDisplayLanguage(locale))));
        out.addAll(notes);
        if (plan.isEmpty()) {
            out.add(text("review.nothing"));
        }
        Numbering numbering = project.outline().numbering();
        for (ClauseReview review : plan.clauses()) {
            Clause clause = project.clause(review.clauseId()).orElse(null);
            Translation translation = plan.language()
                    .flatMap(l -> project.translations().of(l, review.clauseId())).orElse(null);
            String heading = translation != null ? translation.heading() : clause == null ? "" : clause.heading();
            out.add("");
            out.add(text("review.clause", numbering.label(review.clauseId()), heading, review.clauseId()));
            for (AnnotationThread t : review.added()) {
                if (translation != null && LanguageReview.isChange(t)) {
                    out.add(text("review.change", t.author(), quote(t.anchor().quote()), quote(t.replacement())));
                } else {
                    thread(t, out);
                }
            }
            if (review.replyCount() > 0) {
                out.add(text("review.replies", review.replyCount()));
            }
        }
        if (!plan.unplaced().isEmpty()) {
            out.add("");
            out.add(text("review.unplaced", plan.unplaced().size()));
            for (UnplacedThread u : plan.unplaced()) {
                AnnotationThread t = u.thread();
                String where = quote(u.context());
                out.add(t.kind() == AnnotationKind.SUGGESTION
                        ? text("review.unplaced.suggestion", t.author(), where, quote(t.anchor().quote()),
                        quote(t.replacement()))
                        : text("review.unplaced.comment", t.author(), where, body(t.text())));
            }
        }
        out.add("");
        out.add(text("review.skipped", plan.duplicates(), plan.alreadyApplied(), plan.formattingChanges()));
        if (dryRun) {
            out.add(text("review.dryRun"));
        }
        return out;
    }

    private void thread(AnnotationThread t, List<String> out) {
        if (t.kind() == AnnotationKind.SUGGESTION) {
            out.add(text("review.suggestion", t.author(), quote(t.anchor().quote()), quote(t.replacement())));
        } else {
            String on = t.anchor().isWholeClause() ? text("review.wholeClause") : quote(t.anchor().quote());
            out.add(text("review.comment", t.author(), on, body(t.text())));
        }
        for (Reply r : t.replies()) {
            out.add(text("review.reply", r.author(), body(r.text())));
        }
        if (!t.isOpen()) {
            out.add(text("review.resolved"));
        }
        if (t.detached()) {
            out.add(text("review.detached"));
        }
    }

    private static String body(String text) {
        String s = Texts.withoutTrailerKeepCase(text).replace('\n', ' ');
        return s.length() > 2 * QUOTE_LENGTH ? s.substring(0, 2 * QUOTE_LENGTH) + "…" : s;
    }

    private static String quote(String text) {
        String s = text.replace('\n', ' ').strip();
        return "\u201c" + (s.length() > QUOTE_LENGTH ? s.substring(0, QUOTE_LENGTH) + "…" : s) + "\u201d";
    }

    private String text(String key, Object... args) {
        return messages.format(key, args);
    }
}
