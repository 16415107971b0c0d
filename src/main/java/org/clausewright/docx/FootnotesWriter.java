package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.clausewright.model.Bracket;
import org.clausewright.model.ProjectInfo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes footnotes.xml as markup, like the comments: Word's two separator notes (ids -1 and 0), then one note
 * per call of {@link #add}. Footnote ids are their own sequence 1, 2, 3…, apart from comments and revisions: LibreOffice
 * 7.4 finds a note by its place in that sequence, and shows none when the ids skip (see {@link Tally#nextId}). The
 * notes are deflated beside the writing ({@link PartWriter}); close the writer when the export is abandoned.
 *
 * <p>A bracket's note is worded ({@link BracketNotes#footnote}) and written on the notes' own thread, a batch of
 * brackets at a time, while the exporting thread goes on with the draft: with 5,000 attributed brackets the wording
 * was a third of that thread's work, and the draft never reads it back. The exporting thread only takes the note's
 * id, in the order of the references; the notes' thread writes them in that order.
 */
final class FootnotesWriter implements AutoCloseable {
    private static final String HEAD = Markup.DECLARATION + "<w:footnotes xmlns:w=\"" + Markup.W + "\">"
            + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\""
            + " w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\""
            + " w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>"
            + "</w:footnote>";

    static final String TEXT_STYLE = "FootnoteText";
    static final String REFERENCE_STYLE = "FootnoteReference";

    /** Brackets handed to the notes' thread at once: few hand-overs, and the thread kept busy. */
    private static final int BATCH = 128;

    private final Tally tally;
    /** The notes' own wording and count of characters left out, used on the notes' thread only. */
    private final BracketNotes notes;
    private final Tally written = new Tally();
    private final PartWriter part = new PartWriter(HEAD);
    private ExecutorService thread;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    private List<Bracket> pending = new ArrayList<>(BATCH);
    private int nextId = 1;
    private int firstPending = 1;
    private volatile boolean abandoned;

    /** @param messages the document's texts; the notes are worded in their language */
    FootnotesWriter(Tally tally, Messages messages, ProjectInfo info) {
        this.tally = tally;
        this.notes = new BracketNotes(messages, info);
    }

    /**
     * Adds the footnote saying who stands where on {@code bracket} and returns its id, for the reference in the body.
     * Only for a bracket with something to say ({@link BracketNotes#hasFootnote}).
     */
    int add(Bracket bracket) {
        int id = nextId++;
        pending.add(bracket);
        tally.footnotes++;
        if (pending.size() == BATCH) {
            handOn();
        }
        return id;
    }

    private void handOn() {
        List<Bracket> batch = pending;
        int first = firstPending;
        firstPending += batch.size();
        pending = new ArrayList<>(BATCH);
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "clausewright-footnotes");
                t.setDaemon(true);
                return t;
            });
        }
        last = last.thenRunAsync(() -> {
            for (int i = 0; i < batch.size() && !abandoned; i++) {
                write(first + i, notes.footnote(batch.get(i)));
            }
        }, thread);
    }

    /** Writes a footnote of one paragraph. */
    private void write(int id, String text) {
        StringBuilder xml = part.xml();
        xml.append("<w:footnote w:id=\"").append(id).append("\"><w:p><w:pPr><w:pStyle w:val=\"")
                .append(TEXT_STYLE).append("\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"").append(REFERENCE_STYLE)
                .append("\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:r>");
        RunText.append(xml, text, false, written);
        xml.append("</w:r></w:p></w:footnote>");
        part.elementEnded();
    }

    /** Adds the footnotes part when there is a note; call once, after the last. */
    void finish(StreamedDocument document) throws IOException {
        if (!pending.isEmpty()) {
            handOn();
        }
        try {
            last.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        tally.sanitised += written.sanitised;
        if (part.isEmpty()) {
            return;
        }
        document.part("/word/footnotes.xml", XWPFRelation.FOOTNOTE.getContentType(),
                XWPFRelation.FOOTNOTE.getRelation(), part.finish("</w:footnotes>"));
    }

    /** Lets the notes' thread and the deflating go, once what was handed on has stopped. */
    @Override
    public void close() {
        if (thread == null) {
            part.close();
            return;
        }
        abandoned = true;
        last.whenCompleteAsync((v, e) -> part.close(), thread).whenComplete((v, e) -> thread.shutdown());
    }
}
