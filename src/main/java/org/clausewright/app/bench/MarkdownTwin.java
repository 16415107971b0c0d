package org.clausewright.app.bench;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * The same content as an export (headings, clause text, open threads as comments on their words) written as
 * pandoc Markdown, so that pandoc's own .docx writer can be timed on it for comparison.
 */
final class MarkdownTwin {
    private MarkdownTwin() {
    }

    static String of(Project project) {
        StringBuilder md = new StringBuilder();
        int[] commentId = {0};
        for (Part part : project.outline().parts()) {
            md.append("# ").append(part.title()).append("\n\n");
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    clause(md, project, ref.clauseId(), "## ", commentId);
                } else if (item instanceof Section section) {
                    md.append("## ").append(section.title()).append("\n\n");
                    section.clauseIds().forEach(id -> clause(md, project, id, "### ", commentId));
                }
            }
        }
        return md.toString();
    }

    private static void clause(StringBuilder md, Project project, String id, String level, int[] commentId) {
        Clause clause = project.clause(id).orElseThrow();
        md.append(level).append(clause.heading()).append("\n\n");
        String text = clause.text();
        List<AnnotationThread> open = project.threadsOf(id).stream().filter(AnnotationThread::isOpen)
                .filter(t -> t.anchor().matchesAt(text)).toList();
        StringBuilder body = new StringBuilder(text);
        // Insert from the end so that earlier offsets stay valid; overlapping ranges are left out.
        List<AnnotationThread> sorted = new ArrayList<>(open);
        sorted.sort((a, b) -> Integer.compare(b.anchor().start(), a.anchor().start()));
        int limit = Integer.MAX_VALUE;
        for (AnnotationThread t : sorted) {
            if (t.anchor().end() > limit) {
                continue;
            }
            int n = ++commentId[0];
            body.insert(t.anchor().end(), "[]{.comment-end id=\"" + n + "\"}");
            body.insert(t.anchor().start(), "[" + t.text() + "]{.comment-start id=\"" + n + "\" author=\""
                    + t.author() + "\" date=\"" + t.created() + "\"}");
            limit = t.anchor().start();
        }
        md.append(body.toString().replace("\n", "\n\n")).append("\n\n");
    }
}
