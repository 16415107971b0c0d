package org.clausewright.docx;

import org.clausewright.model.Project;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The compilation of proposals made on a thread of its own while the exporting thread writes the draft: the annex
 * depends on the project only, never on the draft's markup, and was half of a compilation export's work on one
 * thread. Nothing is shared between the two threads but the project, which no one changes, the export's texts
 * ({@link Messages}, safe for several threads) and the brackets' layouts ({@link Layouts}: made once, by whichever
 * thread comes first, and not changed): the annex has its own bracket notes and its own count of characters left
 * out, which is added to the export's when the annex is placed. The annex uses no id of the export's sequence, so its markup
 * is byte for byte what the exporting thread would have written in its place.
 *
 * <p>Its markup (two thirds of the body's with 5,000 brackets) is deflated as it is written, on a part of its own,
 * and joined into the body's deflate stream when the annex is placed ({@link DeflatedPart#join}): the body's
 * deflating thread no longer deflates it after the draft, at the end of the export.
 */
final class CompilationBeside implements AutoCloseable {
    private record Made(DeflatedPart markup, int sanitised) {
    }

    private final CompletableFuture<Made> made;

    private CompilationBeside(CompletableFuture<Made> made) {
        this.made = made;
    }

    /**
     * Starts making the annex for {@code project}, in the document's language and direction. The texts and the
     * brackets' layouts are the export's, each phrase and layout worked out once for the draft, its footnotes and
     * the annex.
     */
    static CompilationBeside start(Project project, Messages messages, boolean rightToLeft, Layouts layouts) {
        return new CompilationBeside(CompletableFuture.supplyAsync(() -> {
            Tally tally = new Tally();
            DeflatedPart markup = new DeflatedPart();
            try {
                BodyWriter annex = new BodyWriter(tally, rightToLeft, markup);
                new Compilation(project, messages, new BracketNotes(messages, project.info(), layouts)).write(annex);
                annex.finish();
                markup.endStretch();
            } catch (RuntimeException e) {
                markup.close();
                throw e;
            }
            return new Made(markup, tally.sanitised);
        }, task -> {
            Thread thread = new Thread(task, "clausewright-compilation");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /**
     * Waits for the annex to be written and places it at the end of {@code body}, whose markup goes to
     * {@code markup}; its count joins {@code tally}. The annex's deflating may still be finishing: {@code markup}
     * waits for it.
     */
    void writeTo(BodyWriter body, DeflatedPart markup, Tally tally) {
        Made annex;
        try {
            annex = made.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        body.handOn();
        markup.join(annex.markup());
        tally.sanitised += annex.sanitised();
    }

    /** Lets the annex's deflating go when the export is abandoned; nothing to do once it was placed. */
    @Override
    public void close() {
        made.thenAccept(annex -> annex.markup().close());
    }
}
