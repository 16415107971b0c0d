package org.clausewright.docx;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The contract between the export and the review import for a thread's Word comment: its paragraphs are a
 * "Detached: …" line when its words are gone, the thread's text, and a "Suggested wording: …" line for a
 * suggestion. The export writes exactly these; the import recognises exactly these as the thread come back,
 * in any language the export writes, and nothing else (a comment that merely contains a thread's text is not it).
 */
public final class ExportedComment {
    /** The languages of the export's fixed texts: the bundles beside {@link Messages}. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.SIMPLIFIED_CHINESE);

    private ExportedComment() {
    }

    /** The comment's paragraphs for the thread, the opening note of its Word conversation. */
    static List<String> paragraphs(AnnotationThread thread, boolean detached, Messages messages) {
        List<String> body = new ArrayList<>(3);
        if (detached) {
            body.add(messages.get("comment.detached", thread.anchor().quote()));
        }
        body.add(thread.text());
        if (thread.kind() == AnnotationKind.SUGGESTION && !thread.replacement().isEmpty()) {
            body.add(messages.get("comment.suggestion", thread.replacement()));
        }
        return body;
    }

    /**
     * Every text the export may have written for the thread (paragraphs joined by a line break), in each of
     * its languages.
     *
     * @param detached the forms written when the thread's words were not found: on the clause's heading,
     *                 after the "Detached: …" line
     */
    public static List<String> texts(AnnotationThread thread, boolean detached) {
        List<String> texts = new ArrayList<>(LANGUAGES.size());
        for (Locale language : LANGUAGES) {
            String text = String.join("\n", paragraphs(thread, detached, new Messages(language)));
            if (!texts.contains(text)) {
                texts.add(text);
            }
        }
        return texts;
    }
}
