package org.clausewright.docx;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.StreamHelper;
import org.w3c.dom.Document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.Deflater;

/**
 * The Word export: a circulation-ready draft with numbered headings, clause bookmarks, comments with
 * replies, tracked changes against a baseline, header, footer and annexes. The one entry point for the
 * command line and the editor; it writes to a stream and leaves placing the file to the caller.
 */
public final class WordExport {
    private WordExport() {
    }

    public static ExportReport write(ExportRequest request, OutputStream out) throws IOException {
        try (Prepared prepared = prepare(request.options().locale())) {
            return write(prepared, request, out);
        }
    }

    /**
     * Starts making what does not depend on the draft (POI's empty document, its styles and numbering) on
     * another thread, so that it is ready when the caller has loaded the draft and its history. Close it
     * when the export is abandoned before {@link #write(Prepared, ExportRequest, OutputStream)}.
     */
    public static Prepared prepare(Locale locale) {
        Messages messages = new Messages(locale);
        CompletableFuture<StreamedDocument> document = CompletableFuture.supplyAsync(() -> {
            StreamedDocument d = new StreamedDocument();
            try {
                Styles.install(d, messages);
                firstTransform();
                return d;
            } catch (IOException | RuntimeException e) {
                d.close();
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }, WordExport::daemon);
        return new Prepared(messages, document);
    }

    /** Writes the draft into a prepared document; the preparation is used up. */
    public static ExportReport write(Prepared prepared, ExportRequest request, OutputStream out) throws IOException {
        Messages messages = prepared.messages;
        if (!messages.locale().equals(request.options().locale())) {
            throw new IllegalArgumentException("prepared for " + messages.locale() + ", asked for "
                    + request.options().locale());
        }
        if (request.options().text() == ExportOptions.TextForm.CLEAN) {
            OpenBracketsException.refuseOpen(request.project());
        }
        Tally tally = new Tally();
        DocumentLanguage language = new DocumentLanguage(request.project().info().languages().source());
        Layouts layouts = new Layouts();
        try (StreamedDocument document = prepared.take(); DeflatedPart markup = new DeflatedPart();
             CommentsWriter comments = new CommentsWriter(request.project().info(), messages, tally);
             FootnotesWriter footnotes = new FootnotesWriter(tally, messages, request.project().info());
             CompilationBeside compilation = request.options().compilation()
                     ? CompilationBeside.start(request.project(), messages, language.rightToLeft(), layouts) : null) {
            PageFurniture.apply(document, request, messages, tally, language);
            language.applyTo(document.getStyles().getCtStyles());
            language.applyTo(document.getSettings().getCTSettings());
            language.applyTo(document.getNumbering());
            markup.add(StreamedDocument.HEAD);
            BodyWriter body = new BodyWriter(tally, language.rightToLeft(), markup);
            CoverPage.write(body, request, messages);
            if (request.options().toc()) {
                TableOfContents.write(body, request.project(), messages);
                document.enforceUpdateFields();
            }
            if (request.options().statusColours()) {
                StatusColours.legend(body, messages);
            }
            BracketNotes notes = new BracketNotes(messages, request.project().info(), layouts);
            CommentScope scope = request.options().comments();
            CommentsAnnex listed = request.options().commentsAnnex() && scope != CommentScope.NONE
                    ? new CommentsAnnex() : null;
            ClauseWriter clauses = new ClauseWriter(body::paragraph, comments, scope, tally, footnotes, notes,
                    request.options().statusColours(), listed);
            if (request.beside() != null) {
                new SideBySide(request.project(), request.beside()).write(body, tally);
            } else {
                new DraftWriter(request.project(), request.baseline(), clauses, body::paragraph, tally, messages)
                        .write();
            }
            if (request.options().annex()) {
                Annexes.write(body, request.project(), messages, listed, scope);
                CoverageAnnex.write(body, request.project(), messages);
            } else if (listed != null) {
                listed.write(body, request.project().outline().numbering(), messages, scope, false);
            }
            if (compilation != null) {
                compilation.writeTo(body, markup, tally);
            }
            body.finish();
            document.body(markup);
            comments.finish(document);
            footnotes.finish(document);
            DocumentProperties.apply(document, request, messages, notes.noText());
            // POI writes into a zip stream it is given. The quickest deflate level halves the time spent
            // compressing a large draft for a file about a third larger (344 -> 467 KB for 2,000 clauses).
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(out))) {
                zip.setLevel(Deflater.BEST_SPEED);
                document.write(zip);
            }
        }
        return tally.report();
    }

    /**
     * POI saves {@code [Content_Types].xml} and each part's relationships through the JDK's XSLT transformer
     * ({@link StreamHelper}), whose first use sets up the serializer and its table of encodings: ~20 ms that fell on
     * the exporting thread as the last thing before the file is written, when nothing else is left to run beside
     * it (start-up-work.md, session 30). The document's thread makes that first use while the draft is still
     * loading.
     */
    private static void firstTransform() {
        Document tiny = DocumentHelper.createDocument();
        tiny.appendChild(tiny.createElementNS("urn:clausewright:first-use", "first-use"));
        StreamHelper.saveXmlInStream(tiny, OutputStream.nullOutputStream());
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "clausewright-docx");
        thread.setDaemon(true);
        thread.start();
    }

    /** A document being prepared for an export; see {@link #prepare(Locale)}. */
    public static final class Prepared implements AutoCloseable {
        private final Messages messages;
        private final CompletableFuture<StreamedDocument> document;
        private boolean taken;

        private Prepared(Messages messages, CompletableFuture<StreamedDocument> document) {
            this.messages = messages;
            this.document = document;
        }

        private StreamedDocument take() throws IOException {
            if (taken) {
                throw new IllegalStateException("this prepared document was already written");
            }
            taken = true;
            try {
                return document.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw cause instanceof RuntimeException r ? r : e;
            }
        }

        @Override
        public void close() {
            if (!taken) {
                taken = true;
                document.thenAccept(StreamedDocument::close);
            }
        }
    }
}
