package org.clausewright.docx.review;

import org.clausewright.model.AnchorMethod;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.model.Relocation;
import org.clausewright.model.Reply;
import org.clausewright.model.Resolution;
import org.clausewright.model.Words;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Word comments, threaded by their replies, as annotation threads on the clause their range starts in. */
final class CommentImport {
    private static final int MAX_CONTEXT_PARAGRAPHS = 3;

    private final ReviewDocument doc;
    private final List<Placement> placements;
    private final Map<String, ClauseDocText> texts;
    private final Project working;
    private final ThreadFactory factory;

    CommentImport(ReviewDocument doc, List<Placement> placements, Map<String, ClauseDocText> texts, Project working,
                  ThreadFactory factory) {
        this.doc = doc;
        this.placements = placements;
        this.texts = texts;
        this.working = working;
        this.factory = factory;
    }

    void run(ReviewItems items) {
        Map<WordComment, List<WordComment>> threads = threads();
        for (Map.Entry<WordComment, List<WordComment>> t : threads.entrySet()) {
            importThread(t.getKey(), t.getValue(), items);
        }
    }

    /** Each comment that replies to none, with its replies (and theirs) in document order. */
    private Map<WordComment, List<WordComment>> threads() {
        Map<String, WordComment> byParaId = new HashMap<>();
        for (WordComment c : doc.comments()) {
            if (!c.paraId().isEmpty()) {
                byParaId.put(c.paraId(), c);
            }
        }
        Map<WordComment, List<WordComment>> result = new LinkedHashMap<>();
        for (WordComment c : doc.comments()) {
            WordComment root = c;
            for (int depth = 0; depth < 64 && !root.parentId().isEmpty() && byParaId.containsKey(root.parentId())
                    && byParaId.get(root.parentId()) != root; depth++) {
                root = byParaId.get(root.parentId());
            }
            List<WordComment> replies = result.computeIfAbsent(root, k -> new ArrayList<>());
            if (root != c) {
                replies.add(c);
            }
        }
        return result;
    }

    private void importThread(WordComment root, List<WordComment> replyComments, ReviewItems items) {
        List<Reply> replies = new ArrayList<>();
        Instant last = ThreadFactory.date(root.date());
        String lastAuthor = root.author();
        boolean done = root.done();
        for (WordComment r : replyComments) {
            replies.add(factory.reply(r.author(), r.date(), r.text()));
            done |= r.done();
            if (r.date() != null && r.date().isAfter(last)) {
                last = r.date();
                lastAuthor = r.author();
            }
        }
        Resolution resolution = done ? new Resolution(ThreadFactory.author(lastAuthor), last) : null;
        TextPoint start = doc.commentStarts().getOrDefault(root.id(), doc.commentReferences().get(root.id()));
        TextPoint end = doc.commentEnds().getOrDefault(root.id(), doc.commentReferences().get(root.id()));
        if (start == null || end == null || start.paragraph() >= placements.size()) {
            Relocation nowhere = new Relocation(ThreadFactory.anchorIn("", 0, 0), AnchorMethod.DETACHED);
            items.unplaced.add(factory.unplaced(factory.thread(AnnotationKind.COMMENT, nowhere, root.author(),
                    root.date(), root.text(), "", replies, resolution), ""));
            return;
        }
        Placement placed = placements.get(start.paragraph());
        if (!placed.isPlaced() || working.clause(placed.clauseId()).isEmpty()) {
            unplaced(root, replies, resolution, start, end, items);
            return;
        }
        String clauseText = working.clause(placed.clauseId()).orElseThrow().text();
        Relocation where = locate(placed, start, end, texts.get(placed.clauseId()), clauseText);
        items.place(placed.clauseId(), factory.thread(AnnotationKind.COMMENT, where, root.author(), root.date(),
                root.text(), "", replies, resolution));
    }

    private Relocation locate(Placement placed, TextPoint start, TextPoint end, ClauseDocText text, String clauseText) {
        if (text == null || text.text.isEmpty()) {
            return Anchoring.relocate("", 0, 0, clauseText);
        }
        boolean endInClause = end.paragraph() < placements.size()
                && placed.clauseId().equals(placements.get(end.paragraph()).clauseId());
        int s;
        if (placed.heading() || !text.includes(start.paragraph())) {
            if (!endInClause || !text.includes(end.paragraph())) {
                return Anchoring.relocate("", 0, 0, clauseText);
            }
            s = text.endBefore(start.paragraph());
        } else {
            s = text.offset(start);
        }
        int e;
        if (endInClause && text.includes(end.paragraph())) {
            e = text.offset(end);
        } else {
            e = end.paragraph() > start.paragraph() ? text.text.length() : text.endBefore(start.paragraph());
        }
        if (e <= s) {
            int[] word = Words.at(text.text, s);
            s = word[0];
            e = word[1];
        }
        return text.relocate(s, e);
    }

    private void unplaced(WordComment root, List<Reply> replies, Resolution resolution, TextPoint start, TextPoint end,
                          ReviewItems items) {
        StringBuilder context = new StringBuilder();
        int s = 0;
        int e = 0;
        int last = Math.min(placements.size() - 1, Math.max(start.paragraph(), end.paragraph()));
        last = Math.min(last, start.paragraph() + MAX_CONTEXT_PARAGRAPHS - 1);
        for (int i = start.paragraph(); i <= last; i++) {
            DocParagraph p = doc.paragraphs().get(i);
            if (i > start.paragraph()) {
                context.append('\n');
            }
            if (i == start.paragraph()) {
                s = context.length() + originalOffset(p, start.offset());
            }
            if (i == end.paragraph()) {
                e = context.length() + originalOffset(p, end.offset());
            }
            context.append(p.original());
        }
        if (end.paragraph() > last) {
            e = context.length();
        }
        Relocation where = new Relocation(ThreadFactory.anchorIn(context.toString(), s, e),
                AnchorMethod.EXACT);
        AnnotationThread thread = factory.thread(AnnotationKind.COMMENT, where, root.author(), root.date(),
                root.text(), "", replies, resolution);
        items.unplaced.add(factory.unplaced(thread.reanchored(thread.anchor(), false), context.toString()));
    }

    /** The offset in the paragraph's original text (insertions left out) of an offset in its full text. */
    static int originalOffset(DocParagraph p, int full) {
        int at = full < 0 ? p.full().length() : Math.min(full, p.full().length());
        int removed = 0;
        for (Change c : p.changes()) {
            if (c.isInsertion() && c.start() < at) {
                removed += Math.min(c.end(), at) - c.start();
            }
        }
        return at - removed;
    }
}
