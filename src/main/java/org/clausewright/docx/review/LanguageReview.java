package org.clausewright.docx.review;

import org.clausewright.model.AnchorRelocator;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.LanguageVersion;
import org.clausewright.model.Languages;
import org.clausewright.model.Project;
import org.clausewright.model.Reply;
import org.clausewright.model.Translation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A review of a language version's export ({@code export --language fr}): its words are the translation's, so the
 * import matches them against the draft as it reads in that language, and brings them back into the translations.
 * Comments are kept on the translation's words; tracked changes are made in its text, since a translation is not
 * negotiated text but a rendering that its reviewers correct (docs/decisions/review-of-a-language-version.md). A
 * clause the export printed in the source's words, for want of a translation, takes its review as the source does.
 */
final class LanguageReview {
    private LanguageReview() {
    }

    /**
     * The language of the document's text when it is a target language of {@code project}; null for the source (and
     * for files from before the export said). A bilingual draft, or a language the project does not have, is refused.
     */
    static String languageOf(ReviewDocument doc, Project project) throws ReviewFileException {
        List<String> languages = doc.languages();
        Languages known = project.info().languages();
        if (languages.size() > 1) {
            throw new ReviewFileException(doc.fileName() + " was refused: it is a bilingual draft (" + name(languages.get(0))
                    + " in the left column, " + name(languages.get(1)) + " in the right), and a review of it cannot be"
                    + " brought back, since a comment or change in one column says nothing about the other; export one"
                    + " language for review (export --language " + languages.get(0) + ") and import that");
        }
        if (languages.isEmpty() || languages.get(0).equals(known.source())) {
            return null;
        }
        String language = languages.get(0);
        if (!known.hasTarget(language)) {
            throw new ReviewFileException(doc.fileName() + " was refused: it is the " + name(language) + " version of a"
                    + " draft, and this project has no " + name(language) + " version (it is written in "
                    + name(known.source()) + (known.targets().isEmpty() ? "" : " and translated into "
                    + String.join(", ", known.targets().stream().map(LanguageReview::name).toList()))
                    + "); add " + language + " to its languages, or import the review into the project it came from");
        }
        return language;
    }

    /**
     * The draft as the document printed it in {@code language}, with the threads the import compares against: a
     * translation's own, or the source clause's where there is no translation. Null when {@code project} is null or
     * did not have that language yet (an old version).
     */
    static Project view(Project project, String language) {
        if (project == null || !project.info().languages().hasTarget(language)) {
            return null;
        }
        Project version = LanguageVersion.of(project, language);
        Map<String, List<AnnotationThread>> threads = new HashMap<>();
        for (Clause c : project.clauses().values()) {
            threads.put(c.id(), project.translations().of(language, c.id()).map(Translation::threads)
                    .orElse(project.threadsOf(c.id())));
        }
        return new Project(version.info(), version.outline(), version.clauses(), threads, project.unplaced(),
                project.fileExtras()).withTranslations(project.translations());
    }

    /** The translation with the review of its clause brought in. */
    static Translation apply(Translation translation, ClauseReview review) {
        List<AnnotationThread> threads = new ArrayList<>();
        for (AnnotationThread t : translation.threads()) {
            AnnotationThread updated = t;
            for (Reply r : review.replies().getOrDefault(t.id(), List.of())) {
                updated = updated.withReply(r);
            }
            threads.add(updated);
        }
        List<AnnotationThread> suggestions = new ArrayList<>();
        for (AnnotationThread t : review.added()) {
            (isChange(t) ? suggestions : threads).add(t);
        }
        // made from the end back, so that each change's offsets still hold; a change that overlaps one already made
        // (two reviewers on the same words) is kept as a suggestion rather than guessed at
        suggestions.sort(Comparator.comparingInt((AnnotationThread t) -> t.anchor().start()).reversed());
        String before = translation.text();
        String text = before;
        int limit = Integer.MAX_VALUE;
        List<AnnotationThread> kept = new ArrayList<>();
        for (AnnotationThread s : suggestions) {
            if (s.anchor().end() <= limit && s.anchor().matchesAt(text)) {
                text = text.substring(0, s.anchor().start()) + s.replacement() + text.substring(s.anchor().end());
                limit = s.anchor().start();
            } else {
                kept.add(s);
            }
        }
        List<AnnotationThread> placed = new ArrayList<>(threads);
        placed.addAll(kept);
        // the comments were anchored in the text before the changes: re-found in it after them, as after an edit
        return translation.withThreads(placed).withText(text).reconciled();
    }

    /** A tracked change in the text (not a suggested heading, which stays a comment for the translator). */
    static boolean isChange(AnnotationThread t) {
        return t.kind() == AnnotationKind.SUGGESTION && !t.detached() && !t.anchor().isWholeClause();
    }

    private static String name(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
        return name.isBlank() ? tag : name + " (" + tag + ")";
    }
}
