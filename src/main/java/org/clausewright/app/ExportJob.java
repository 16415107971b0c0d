package org.clausewright.app;

import org.clausewright.docx.CommentScope;
import org.clausewright.docx.ExportOptions.TextForm;
import org.clausewright.docx.ExportReport;
import org.clausewright.history.HistoryException;
import org.clausewright.store.ProjectFileException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The editor's Export… request in terms the window can hold (the window may not see the docx package):
 * which version, compared with which, what goes in, and where the file goes.
 *
 * @param version   a version id, or null for the draft as it is now
 * @param compare   the version whose differences become tracked changes, or null for none
 * @param watermark e.g. "DRAFT", or null for none
 * @param cleanText the agreed text alone: refused, with the open brackets named, while any is open
 */
public record ExportJob(String version, String compare, Comments comments, boolean toc, boolean annex,
                        String watermark, boolean members, Locale locale, Path target, boolean compilation,
                        boolean cleanText, boolean statusColours) {
    public ExportJob(String version, String compare, Comments comments, boolean toc, boolean annex,
                     String watermark, boolean members, Locale locale, Path target) {
        this(version, compare, comments, toc, annex, watermark, members, locale, target, false, false, false);
    }

    /** Which annotation threads become Word comments. */
    public enum Comments { NONE, OPEN, ALL }

    /** What went into the file, for the notification. */
    public record Summary(int clauses, int comments, int revisions) {
    }

    /** Saves the session first, so that "the draft as it is now" includes the last keystrokes. */
    public Summary run(ProjectSession session, String user) throws IOException, HistoryException, ProjectFileException {
        session.save();
        ExportSettings settings = new ExportSettings(version, compare, CommentScope.valueOf(comments.name()), toc,
                annex, watermark == null || watermark.isBlank() ? null : watermark.strip(), members, locale, compilation,
                cleanText ? TextForm.CLEAN : TextForm.BRACKETED, statusColours);
        ExportReport report = Export.toWord(session.dir(), target, settings, user);
        return new Summary(report.clauses(), report.comments(), report.revisions());
    }
}
