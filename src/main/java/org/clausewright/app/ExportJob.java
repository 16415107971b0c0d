package org.clausewright.app;

import org.clausewright.docx.CommentScope;
import org.clausewright.docx.ExportOptions.TextForm;
import org.clausewright.docx.ExportReport;
import org.clausewright.history.HistoryException;
import org.clausewright.pdf.PdfConverter;
import org.clausewright.pdf.PdfException;
import org.clausewright.store.ProjectFileException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The editor's Export… request in terms the window can hold (the window may not see the docx package):
 * which version, compared with which, what goes in, and where the file goes.
 *
 * @param version   a version id, or null for the draft as it is now
 * @param compare   the version whose differences become tracked changes, or null for none
 * @param watermark e.g. "DRAFT", or null for none
 * @param cleanText the agreed text alone: refused, with the open brackets named, while any is open
 * @param format    Word, or PDF made from the Word file by LibreOffice
 * @param pdfA      PDF/A-2b, for archiving (PDF only)
 * @param finalText the changes since {@code compare} accepted rather than shown (docs/decisions/final-text.md)
 */
public record ExportJob(String version, String compare, Comments comments, boolean toc, boolean annex,
                        String watermark, boolean members, Locale locale, Path target, boolean compilation,
                        boolean cleanText, boolean statusColours, Format format, boolean pdfA, boolean finalText) {
    public ExportJob {
        format = format == null ? Format.WORD : format;
    }

    public ExportJob(String version, String compare, Comments comments, boolean toc, boolean annex,
                     String watermark, boolean members, Locale locale, Path target) {
        this(version, compare, comments, toc, annex, watermark, members, locale, target, false, false, false,
                Format.WORD, false, false);
    }

    /** Which annotation threads become Word comments. */
    public enum Comments { NONE, OPEN, ALL }

    /** The file written: the extension each format's files take. */
    public enum Format {
        WORD("docx"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** What went into the file, for the notification. */
    public record Summary(int clauses, int comments, int revisions) {
    }

    /** Whether LibreOffice is there to make PDFs, so the window can say so before a member asks for one. */
    public static boolean pdfAvailable() {
        try {
            PdfExport.officeHome();
            return true;
        } catch (PdfException missing) {
            return false;
        }
    }

    /**
     * Stops a PDF export under way from the UI thread: the office process ends at once and the export fails with
     * reason CANCELLED, writing nothing. A Word export is not stopped half way (it takes a second or two).
     */
    public static final class Cancellation {
        private final AtomicReference<PdfConverter> running = new AtomicReference<>();
        private volatile boolean cancelled;

        /** Returns at once: the office is stopped on a thread of its own, off the window's. */
        public void cancel() {
            cancelled = true;
            PdfConverter converter = running.get();
            if (converter != null) {
                Thread stop = new Thread(converter::cancel, "cancel PDF export");
                stop.setDaemon(true);
                stop.start();
            }
        }

        public boolean isCancelled() {
            return cancelled;
        }

        void started(PdfConverter converter) {
            running.set(converter);
            if (cancelled) {
                converter.cancel();
            }
        }
    }

    /** Saves the session first, so that "the draft as it is now" includes the last keystrokes. */
    public Summary run(ProjectSession session, String user) throws IOException, HistoryException, ProjectFileException,
            PdfException {
        return run(session, user, new Cancellation());
    }

    public Summary run(ProjectSession session, String user, Cancellation cancellation)
            throws IOException, HistoryException, ProjectFileException, PdfException {
        session.save();
        ExportSettings settings = new ExportSettings(version, compare, CommentScope.valueOf(comments.name()), toc,
                annex, watermark == null || watermark.isBlank() ? null : watermark.strip(), members, locale, compilation,
                cleanText ? TextForm.CLEAN : TextForm.BRACKETED, statusColours, null, finalText);
        ExportReport report = format == Format.PDF
                ? PdfExport.toPdf(session.dir(), target, settings, user, pdfA, cancellation::started)
                : Export.toWord(session.dir(), target, settings, user);
        return new Summary(report.clauses(), report.comments(), report.revisions());
    }
}
