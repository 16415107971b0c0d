package org.clausewright.docx;

import org.clausewright.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The compilation of proposals made on a thread of its own while the exporting thread writes the draft: the annex
 * depends on the project only, never on the draft's markup, and was half of a compilation export's work on one
 * thread. Nothing is shared between the two threads but the project, which no one changes: the annex has its own
 * messages, its own bracket notes (their layouts worked out again) and its own count of characters left out, which
 * is added to the export's when the annex is placed. The annex uses no id of the export's sequence, so its markup
 * is byte for byte what the exporting thread would have written in its place.
 */
final class CompilationBeside {
    private record Made(List<StringBuilder> pieces, int sanitised) {
    }

    private final CompletableFuture<Made> made;

    private CompilationBeside(CompletableFuture<Made> made) {
        this.made = made;
    }

    /** Starts making the annex for {@code project}, in the document's language and direction. */
    static CompilationBeside start(Project project, Locale locale, boolean rightToLeft) {
        return new CompilationBeside(CompletableFuture.supplyAsync(() -> {
            Tally tally = new Tally();
            Messages messages = new Messages(locale);
            List<StringBuilder> pieces = new ArrayList<>();
            BodyWriter annex = new BodyWriter(tally, rightToLeft, pieces::add);
            new Compilation(project, messages, new BracketNotes(messages, project.info())).write(annex);
            annex.finish();
            return new Made(pieces, tally.sanitised);
        }, task -> {
            Thread thread = new Thread(task, "clausewright-compilation");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** Waits for the annex and places it at the end of {@code body}; its count joins {@code tally}. */
    void writeTo(BodyWriter body, Tally tally) {
        Made annex;
        try {
            annex = made.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        body.append(annex.pieces());
        tally.sanitised += annex.sanitised();
    }
}
