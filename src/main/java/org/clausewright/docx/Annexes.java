package org.clausewright.docx;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Numbering;
import org.clausewright.model.Project;
import org.clausewright.model.SourceDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Annex A lists the open comments clause by clause (in a PDF, the comments annex takes its place:
 * {@link CommentsAnnex}); Annex B says which source documents each clause draws on.
 */
final class Annexes {
    private Annexes() {
    }

    /** @param listed the PDF's comments annex, written as Annex A instead of the open comments; null for Word */
    static void write(BodyWriter document, Project project, Messages messages, CommentsAnnex listed,
                      CommentScope scope) {
        Numbering numbering = project.outline().numbering();
        List<String[]> comments = new ArrayList<>();
        List<String[]> sources = new ArrayList<>();
        for (String id : project.outline().clauseIds()) {
            Clause clause = project.clause(id).orElse(null);
            if (clause == null) {
                continue;
            }
            String number = numbering.label(id);
            for (AnnotationThread t : project.threadsOf(id)) {
                if (listed == null && t.isOpen()) {
                    comments.add(new String[] {number, clause.heading(), t.author(), t.text()});
                }
            }
            String cited = clause.sources().stream()
                    .map(s -> project.info().source(s).map(SourceDocument::title).orElse(s))
                    .collect(Collectors.joining("; "));
            sources.add(new String[] {number, clause.heading(), cited});
        }
        if (listed != null) {
            listed.write(document, numbering, messages, scope, true);
        } else {
            document.paragraph("AnnexHeading", messages.get("annex.comments.title"));
            if (comments.isEmpty()) {
                document.paragraph("Normal", messages.get("annex.comments.none"));
            } else {
                document.table(new String[] {messages.get("annex.comments.number"),
                        messages.get("annex.comments.clause"), messages.get("annex.comments.author"),
                        messages.get("annex.comments.comment")}, comments, new int[] {10, 25, 18, 47});
            }
        }
        document.paragraph("AnnexHeading", messages.get("annex.sources.title"));
        document.table(new String[] {messages.get("annex.sources.number"), messages.get("annex.sources.clause"),
                messages.get("annex.sources.sources")}, sources, new int[] {10, 40, 50});
    }
}
