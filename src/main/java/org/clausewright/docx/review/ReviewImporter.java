package org.clausewright.docx.review;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out what a reviewed document brings to a project: places each paragraph on a clause, turns comments
 * and tracked changes into threads anchored in the working draft, and leaves out what the project has.
 */
public final class ReviewImporter {
    private ReviewImporter() {
    }

    /**
     * @param working  the project as it is now, which the threads are anchored in
     * @param exported the version the document was exported from (its properties name it), or null
     */
    public static ReviewPlan plan(ReviewDocument doc, Project working, Project exported) throws ReviewFileException {
        try {
            ReviewPlan plan = unchecked(doc, working, exported);
            TextLimitCheck.check(plan);
            return plan;
        } catch (OutOfMemoryError e) {
            throw ReviewReader.outOfMemory(doc.fileName(), e);
        }
    }

    /**
     * The plan again, against a project that changed since {@link #plan} accepted the same document. Its texts
     * come from the document (and clause texts, which are within the limits), so they still fit; if they did
     * not, this is a defect, not a bad file.
     */
    public static ReviewPlan replan(ReviewDocument doc, Project working, Project exported) {
        try {
            return plan(doc, working, exported);
        } catch (ReviewFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static ReviewPlan unchecked(ReviewDocument doc, Project project, Project exportedVersion)
            throws ReviewFileException {
        // a language version's export is matched against the draft in that language, with its translations' threads
        String language = LanguageReview.languageOf(doc, project);
        Project working = language == null ? project : LanguageReview.view(project, language);
        Project exported = language == null ? exportedVersion : LanguageReview.view(exportedVersion, language);
        List<Placement> placements = ParagraphMapper.map(doc.paragraphs(), new ClauseIndex(working, exported));
        Map<String, List<DocParagraph>> byClause = new LinkedHashMap<>();
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if (p.isPlaced() && !p.heading()) {
                byClause.computeIfAbsent(p.clauseId(), k -> new ArrayList<>()).add(doc.paragraphs().get(i));
            }
        }
        Map<String, ClauseDocText> texts = new LinkedHashMap<>();
        byClause.forEach((id, paragraphs) ->
                texts.put(id, new ClauseDocText(id, paragraphs, working.clause(id).orElseThrow().text(),
                        doc.bracketNoText().orElse(null))));
        ThreadFactory factory = new ThreadFactory(doc.fileName(), working);
        ReviewItems items = new ReviewItems();
        new CommentImport(doc, placements, texts, working, factory).run(items);
        new ChangeImport(doc, placements, texts, working, factory).run(items);

        ReviewDedup dedup = new ReviewDedup(working);
        List<ClauseReview> clauses = new ArrayList<>();
        for (String id : inDraftOrder(working, items.placed.keySet())) {
            List<AnnotationThread> threads = new ArrayList<>(items.placed.get(id));
            threads.sort(Comparator.comparingInt(t -> t.anchor().start()));
            ClauseReview review = dedup.clause(id, threads);
            if (!review.added().isEmpty() || !review.replies().isEmpty()) {
                clauses.add(review);
            }
        }
        var unplaced = dedup.unplaced(items.unplaced);
        return new ReviewPlan(doc.fileName(), clauses, unplaced, dedup.duplicates, items.alreadyApplied,
                doc.formattingChanges(), doc.projectId(), doc.versionId(), Optional.ofNullable(language));
    }

    private static List<String> inDraftOrder(Project working, Set<String> ids) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String id : working.outline().clauseIds()) {
            if (ids.contains(id)) {
                ordered.add(id);
            }
        }
        ordered.addAll(ids);
        return new ArrayList<>(ordered);
    }
}
