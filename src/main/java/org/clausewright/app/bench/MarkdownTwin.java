package org.clausewright.app.bench;

import org.clausewright.diff.DiffSegment;
import org.clausewright.diff.WordDiff;
import org.clausewright.docx.Baseline;
import org.clausewright.docx.ChangeAuthor;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The same content as an export (headings, clause text, open threads as comments on their words, and the changes
 * since the compared version as tracked changes) written as pandoc Markdown, so that pandoc's own .docx writer can be
 * timed on it for comparison. pandoc writes a span of class {@code insertion} or {@code deletion} as a Word
 * insertion or deletion with its author and date, and {@code comment-start} / {@code comment-end} as a comment.
 */
final class MarkdownTwin {
    /** The Markdown, with how many comments and tracked changes it asks pandoc for. */
    record Twin(String markdown, int comments, int insertions, int deletions) {
    }

    private MarkdownTwin() {
    }

    /** The project's content alone, no changes shown. */
    static Twin of(Project project) {
        return of(project, null);
    }

    /** The project's content with its changes since the baseline's version, when there is a baseline. */
    static Twin of(Project project, Baseline baseline) {
        Writer writer = new Writer(project, baseline);
        for (Part part : project.outline().parts()) {
            writer.md.append("# ").append(part.title()).append("\n\n");
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    writer.clause(ref.clauseId(), "## ");
                } else if (item instanceof Section section) {
                    writer.md.append("## ").append(section.title()).append("\n\n");
                    section.clauseIds().forEach(id -> writer.clause(id, "### "));
                }
            }
        }
        return new Twin(writer.md.toString(), writer.comments, writer.insertions, writer.deletions);
    }

    private static final class Writer {
        final StringBuilder md = new StringBuilder();
        final Project project;
        final Baseline baseline;
        int comments;
        int insertions;
        int deletions;

        Writer(Project project, Baseline baseline) {
            this.project = project;
            this.baseline = baseline;
        }

        void clause(String id, String level) {
            Clause clause = project.clause(id).orElseThrow();
            Optional<Clause> before = baseline == null ? Optional.empty() : baseline.previous().clause(id);
            ChangeAuthor author = baseline == null ? null : baseline.authorOf(id);
            String text = clause.text();
            List<AnnotationThread> open = project.threadsOf(id).stream().filter(AnnotationThread::isOpen).toList();
            // A thread whose words are not where it says is still a comment of the export, on the clause's heading.
            Map<Integer, StringBuilder> onHeading = marks(open.stream().filter(t -> !t.anchor().matchesAt(text))
                    .toList(), t -> 0, t -> clause.heading().length());
            Map<Integer, StringBuilder> onText = marks(open.stream().filter(t -> t.anchor().matchesAt(text)).toList(),
                    t -> t.anchor().start(), t -> t.anchor().end());
            // without a baseline each text is its own earlier text: nothing is marked as changed
            md.append(level);
            changed(baseline == null ? clause.heading() : before.map(Clause::heading).orElse(null), clause.heading(),
                    author, onHeading);
            md.append("\n\n");
            changed(baseline == null ? text : before.map(Clause::text).orElse(null), text, author, onText);
            md.append("\n\n");
        }

        /**
         * Comment marks by offset: pandoc's comment-start and comment-end are marks of their own, so ranges may
         * overlap as Word's do; at one offset the ends come before the starts.
         */
        private Map<Integer, StringBuilder> marks(List<AnnotationThread> threads, ToIntFunction<AnnotationThread> start,
                                                  ToIntFunction<AnnotationThread> end) {
            TreeMap<Integer, StringBuilder> ends = new TreeMap<>();
            TreeMap<Integer, StringBuilder> marks = new TreeMap<>();
            for (AnnotationThread t : threads) {
                int n = ++comments;
                ends.computeIfAbsent(end.applyAsInt(t), k -> new StringBuilder())
                        .append("[]{.comment-end id=\"").append(n).append("\"}");
                marks.computeIfAbsent(start.applyAsInt(t), k -> new StringBuilder())
                        .append("[").append(t.text().replace('\n', ' ')).append("]{.comment-start id=\"").append(n)
                        .append("\" author=\"").append(t.author()).append("\" date=\"").append(t.created())
                        .append("\"}");
            }
            ends.forEach((offset, mark) -> marks.merge(offset, mark, (starts, e) -> e.append(starts)));
            return marks;
        }

        /**
         * Writes the text as it is now with its changes from {@code before} (null: new, with a baseline only) as
         * insertion and deletion spans, and the marks at their offsets in the text as it is now.
         */
        private void changed(String before, String now, ChangeAuthor author, Map<Integer, StringBuilder> marks) {
            // as the export's ClauseTexts: a new clause is one insertion, a changed one its word diff
            List<DiffSegment> segments = before == null ? List.of(new DiffSegment(DiffSegment.Kind.INSERTED, now))
                    : WordDiff.diff(before, now).segments();
            int at = 0;
            for (DiffSegment segment : segments) {
                StringBuilder inner = new StringBuilder();
                if (segment.kind() == DiffSegment.Kind.DELETED) {
                    inner.append(segment.text());
                } else {
                    // the text as it is now, with the comment marks that fall in it
                    String text = segment.text();
                    int from = 0;
                    for (Map.Entry<Integer, StringBuilder> mark : marks.entrySet()) {
                        int offset = mark.getKey() - at;
                        if (offset < 0 || offset > text.length()
                                || (offset == text.length() && at + offset != now.length())) {
                            continue;
                        }
                        inner.append(text, from, offset).append(mark.getValue());
                        from = offset;
                    }
                    inner.append(text, from, text.length());
                    at += text.length();
                }
                if (segment.kind() == DiffSegment.Kind.EQUAL) {
                    md.append(paragraphs(inner.toString()));
                    continue;
                }
                // a span ends in its paragraph: a change over a paragraph break is a span in each
                String kind = segment.kind() == DiffSegment.Kind.INSERTED ? "insertion" : "deletion";
                String[] lines = inner.toString().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        md.append("\n\n");
                    }
                    if (lines[i].isEmpty()) {
                        continue;
                    }
                    md.append('[').append(lines[i]).append("]{.").append(kind).append(" author=\"")
                            .append(author.name()).append("\" date=\"").append(author.time()).append("\"}");
                    if (segment.kind() == DiffSegment.Kind.INSERTED) {
                        insertions++;
                    } else {
                        deletions++;
                    }
                }
            }
        }

        private static String paragraphs(String text) {
            return text.replace("\n", "\n\n");
        }
    }
}
