package org.clausewright.docx.review;

import java.util.LinkedHashMap;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.model.Reply;
import org.clausewright.model.Translation;
import org.clausewright.model.Translations;
import org.clausewright.model.UnplacedThread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What importing a review would add to a project, worked out without changing it: shown as the preview,
 * printed as the report, and applied with {@link #applyTo}.
 *
 * @param duplicates     items skipped because the project already has them
 * @param alreadyApplied tracked changes the clauses already read as accepted
 * @param language       the target language whose translations the review is of (the file is that language
 *                       version's export); empty for a review of the source
 */
public record ReviewPlan(String fileName, List<ClauseReview> clauses, List<UnplacedThread> unplaced, int duplicates,
                         int alreadyApplied, int formattingChanges, Optional<String> projectId,
                         Optional<String> versionId, Optional<String> language) {
    public ReviewPlan {
        clauses = List.copyOf(clauses);
        unplaced = List.copyOf(unplaced);
    }

    /** A review of the source. */
    public ReviewPlan(String fileName, List<ClauseReview> clauses, List<UnplacedThread> unplaced, int duplicates,
                      int alreadyApplied, int formattingChanges, Optional<String> projectId,
                      Optional<String> versionId) {
        this(fileName, clauses, unplaced, duplicates, alreadyApplied, formattingChanges, projectId, versionId,
                Optional.empty());
    }

    public boolean isEmpty() {
        return clauses.isEmpty() && unplaced.isEmpty();
    }

    public int comments() {
        return count(AnnotationKind.COMMENT, false) + count(AnnotationKind.COMMENT, true);
    }

    public int suggestions() {
        return count(AnnotationKind.SUGGESTION, false) + count(AnnotationKind.SUGGESTION, true);
    }

    public int placedComments() {
        return count(AnnotationKind.COMMENT, false);
    }

    public int placedSuggestions() {
        return count(AnnotationKind.SUGGESTION, false);
    }

    public int replies() {
        return clauses.stream().mapToInt(ClauseReview::replyCount).sum();
    }

    /** "Review from review.docx: 14 comments, 6 suggestions": the label of the version the import records. */
    public String summary() {
        return "Review from " + fileName + ": " + plural(comments(), "comment") + ", " + plural(suggestions(), "suggestion");
    }

    /**
     * The project with the new threads, replies and unplaced threads added; for a review of a language version,
     * the translations commented on and corrected.
     */
    public Project applyTo(Project project) {
        // one new state for the whole review: a state per clause would copy the project thousands of times
        Map<String, List<AnnotationThread>> all = new HashMap<>(project.threads());
        Translations translations = project.translations();
        for (ClauseReview review : clauses) {
            Translation translation = language.flatMap(l -> project.translations().of(l, review.clauseId()))
                    .orElse(null);
            if (translation != null) {
                translations = translations.with(LanguageReview.apply(translation, review));
                continue;
            }
            List<AnnotationThread> threads = new ArrayList<>();
            for (AnnotationThread t : project.threadsOf(review.clauseId())) {
                AnnotationThread updated = t;
                for (Reply r : review.replies().getOrDefault(t.id(), List.of())) {
                    updated = updated.withReply(r);
                }
                threads.add(updated);
            }
            threads.addAll(review.added());
            all.put(review.clauseId(), threads);
        }
        List<UnplacedThread> unplacedAll = new ArrayList<>(project.unplaced());
        unplacedAll.addAll(unplaced);
        // the rest (language versions, frameworks) stays as it is: a save would delete what is left out
        return new Project(project.info(), project.outline(), project.clauses(), all, unplacedAll,
                project.fileExtras()).withTranslations(translations).withFrameworks(project.frameworks());
    }

    private int count(AnnotationKind kind, boolean inUnplaced) {
        if (inUnplaced) {
            return (int) unplaced.stream().filter(u -> isKind(u.thread(), kind)).count();
        }
        return (int) clauses.stream().flatMap(c -> c.added().stream()).filter(t -> isKind(t, kind)).count();
    }

    private static boolean isKind(AnnotationThread t, AnnotationKind kind) {
        return kind == AnnotationKind.SUGGESTION ? t.kind() == kind : t.kind() != AnnotationKind.SUGGESTION;
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The threads a review brings, for callers that list them. */
    public Map<String, List<AnnotationThread>> addedByClause() {
        Map<String, List<AnnotationThread>> result = new LinkedHashMap<>();
        clauses.forEach(c -> result.put(c.clauseId(), c.added()));
        return result;
    }
}
