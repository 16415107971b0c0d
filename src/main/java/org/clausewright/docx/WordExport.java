package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * The Word export: a circulation-ready draft with numbered headings, clause bookmarks, comments with
 * replies, tracked changes against a baseline, header, footer and annexes. The one entry point for the
 * command line and the editor; it writes to a stream and leaves placing the file to the caller.
 */
public final class WordExport {
    private WordExport() {
    }

    public static ExportReport write(ExportRequest request, OutputStream out) throws IOException {
        Messages messages = new Messages(request.options().locale());
        Tally tally = new Tally();
        try (XWPFDocument document = new XWPFDocument()) {
            Styles.install(document, messages);
            PageFurniture.apply(document, request, messages, tally);
            CoverPage.write(document, request, messages, tally);
            if (request.options().toc()) {
                TableOfContents.write(document, request.project(), messages, tally);
            }
            CommentsWriter comments = new CommentsWriter(document, request.project().info(), messages, tally);
            Supplier<ParagraphWriter> paragraphs = () -> new ParagraphWriter(document.createParagraph().getCTP(), tally);
            ClauseWriter clauses = new ClauseWriter(paragraphs, comments, request.options().comments(), tally);
            new DraftWriter(request.project(), request.baseline(), clauses, paragraphs, tally).write();
            if (request.options().annex()) {
                Annexes.write(document, request.project(), messages, tally);
            }
            comments.finish();
            DocumentProperties.apply(document, request);
            document.write(out);
        }
        return tally.report();
    }
}
