package org.clausewright.docx.review;

import org.clausewright.model.AnchorMethod;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.Relocation;
import org.clausewright.model.Words;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tracked changes as suggestions: the deleted words are the anchor, the inserted words the replacement. An
 * insertion alone is anchored to the word before it (or after, at the start of a paragraph), and that word
 * with the insertion in place is the replacement, since an empty quote would mean the whole clause.
 */
final class ChangeImport {
    static final String MOVED = "Moved text (tracked move)";
    static final String HEADING = "Suggested heading: ";

    private final ReviewDocument doc;
    private final List<Placement> placements;
    private final Map<String, ClauseDocText> texts;
    private final Project working;
    private final ThreadFactory factory;

    ChangeImport(ReviewDocument doc, List<Placement> placements, Map<String, ClauseDocText> texts, Project working,
                 ThreadFactory factory) {
        this.doc = doc;
        this.placements = placements;
        this.texts = texts;
        this.working = working;
        this.factory = factory;
    }

    void run(ReviewItems items) {
        Set<String> removed = removedFromTheDraft();
        for (int i = 0; i < placements.size(); i++) {
            if (removed.contains(placements.get(i).clauseId())) {
                items.alreadyApplied += doc.paragraphs().get(i).changes().size();
            }
        }
        for (ClauseDocText text : texts.values()) {
            if (removed.contains(text.clauseId)) {
                continue;
            }
            String clauseText = working.clause(text.clauseId).orElseThrow().text();
            for (ParagraphView view : text.included) {
                for (ChangeGroup g : view.groups) {
                    if (g.applied()) {
                        items.alreadyApplied++;
                    } else {
                        suggest(text, clauseText, text.start(view) + g.viewStart(), g.deleted(), g.inserted(), g.first(),
                                g.deleted().equals(view.text) && text.start(view) > 0, items);
                    }
                }
            }
            for (ParagraphView view : text.removed) {
                items.alreadyApplied += view.groups.size();
            }
            for (Map.Entry<ParagraphView, Integer> inserted : text.insertedAfter.entrySet()) {
                DocParagraph p = inserted.getKey().paragraph;
                int at = inserted.getValue();
                String words = at > 0 ? "\n" + p.accepted() : p.accepted() + "\n";
                String before = text.text.substring(Math.max(0, at - 16), at);
                String after = text.text.substring(at, Math.min(text.text.length(), at + 16));
                if (clauseText.contains(before + words + after)) {
                    items.alreadyApplied += p.changes().size();
                    continue;
                }
                suggest(text, clauseText, at, "", words, p.changes().get(0), false, items);
            }
        }
        for (int i = 0; i < placements.size(); i++) {
            DocParagraph p = doc.paragraphs().get(i);
            if (p.changes().isEmpty()) {
                continue;
            }
            Placement placed = placements.get(i);
            if (removed.contains(placed.clauseId())) {
                continue;
            }
            if (!placed.isPlaced()) {
                unplaced(p, items);
            } else if (placed.heading()) {
                heading(placed.clauseId(), p, items);
            }
        }
    }

    private void suggest(ClauseDocText text, String clauseText, int at, String deleted, String inserted, Change first,
                         boolean wholeParagraph, ReviewItems items) {
        String d = text.text;
        int start = at;
        int end = at + deleted.length();
        String replacement = inserted;
        if (deleted.isEmpty()) {
            int before = Words.startBefore(d, at);
            if (before < at) {
                start = before;
                replacement = d.substring(before, at) + inserted;
            } else {
                end = Words.endAfter(d, at);
                replacement = inserted + d.substring(at, end);
            }
        } else if (wholeParagraph && inserted.isEmpty()) {
            start = at - 1;
        }
        if (start >= end) {
            return;
        }
        Relocation where = text.relocate(start, end);
        items.place(text.clauseId, factory.thread(AnnotationKind.SUGGESTION, where, first.author(), first.date(),
                first.move() ? MOVED : "", replacement, List.of(), null));
    }

    /**
     * Clauses the document shows deleted whole (every paragraph, heading too) that the working draft no longer
     * has in its outline: an export's changes since a version in which they were still there.
     */
    private Set<String> removedFromTheDraft() {
        Map<String, Boolean> wholeDeleted = new HashMap<>();
        for (int i = 0; i < placements.size(); i++) {
            Placement placed = placements.get(i);
            DocParagraph p = doc.paragraphs().get(i);
            if (placed.isPlaced() && !p.original().isBlank()) {
                wholeDeleted.merge(placed.clauseId(), p.accepted().isBlank(), Boolean::logicalAnd);
            }
        }
        Set<String> removed = new HashSet<>();
        wholeDeleted.forEach((id, deleted) -> {
            if (deleted && !working.outline().contains(id)) {
                removed.add(id);
            }
        });
        return removed;
    }

    private void heading(String clauseId, DocParagraph p, ReviewItems items) {
        Clause clause = working.clause(clauseId).orElseThrow();
        if (Texts.normalize(p.accepted()).equals(Texts.normalize(clause.heading())) || p.accepted().isBlank()) {
            items.alreadyApplied += p.changes().size();
            return;
        }
        Change first = p.changes().get(0);
        items.place(clauseId, factory.thread(AnnotationKind.COMMENT, Anchoring.relocate("", 0, 0, clause.text()),
                first.author(), first.date(), HEADING + p.accepted().strip(), "", List.of(), null));
    }

    private void unplaced(DocParagraph p, ReviewItems items) {
        String context = p.original();
        for (ChangeGroup g : ParagraphView.of(p, null).groups) {
            int s = CommentImport.originalOffset(p, g.start());
            int e = s + g.deleted().length();
            String replacement = g.inserted();
            if (g.deleted().isEmpty() && Words.startBefore(context, s) < s) {
                int before = Words.startBefore(context, s);
                replacement = context.substring(before, s) + replacement;
                s = before;
            } else if (g.deleted().isEmpty()) {
                e = Words.endAfter(context, s);
                replacement = replacement + context.substring(s, e);
            }
            Relocation where = new Relocation(ThreadFactory.anchorIn(context, s, e), AnchorMethod.EXACT);
            items.unplaced.add(factory.unplaced(factory.thread(AnnotationKind.SUGGESTION, where, g.first().author(),
                    g.first().date(), g.isMove() ? MOVED : "", replacement, List.of(), null), context));
        }
    }
}
