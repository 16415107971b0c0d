package org.clausewright.app;

import org.clausewright.docx.CommentScope;
import org.clausewright.docx.ExportOptions.TextForm;

import java.util.Locale;

/**
 * What a member asks of an export, as on the command line.
 *
 * @param version       the version to export (id, prefix, label or "working"); null for the working draft
 * @param compare       the version whose differences are shown as tracked changes; null for none
 * @param compilation   whether to add the annex "Compilation of proposals"
 * @param text          the draft with its brackets, or the agreed text alone (refused while a bracket is open)
 * @param statusColours whether each clause is shaded by its status
 * @param language      the language version to export (a BCP 47 tag of the project), null for the source language;
 *                      its fixed texts ("Page 1 of 9") are then in that language too
 * @param finalText     the text with the changes since {@code compare} accepted: the same document with no tracked
 *                      change in it (docs/export.md, "Final text"); without {@code compare} there are none anyway
 */
public record ExportSettings(String version, String compare, CommentScope comments, boolean toc, boolean annex,
                             String watermark, boolean members, Locale locale, boolean compilation, TextForm text,
                             boolean statusColours, String language, boolean finalText) {
    public ExportSettings {
        comments = comments == null ? CommentScope.OPEN : comments;
        locale = locale == null ? Locale.ENGLISH : locale;
        text = text == null ? TextForm.BRACKETED : text;
    }

    public ExportSettings(String version, String compare, CommentScope comments, boolean toc, boolean annex,
                          String watermark, boolean members, Locale locale, boolean compilation, TextForm text,
                          boolean statusColours, String language) {
        this(version, compare, comments, toc, annex, watermark, members, locale, compilation, text, statusColours,
                language, false);
    }

    public ExportSettings(String version, String compare, CommentScope comments, boolean toc, boolean annex,
                          String watermark, boolean members, Locale locale, boolean compilation, TextForm text,
                          boolean statusColours) {
        this(version, compare, comments, toc, annex, watermark, members, locale, compilation, text, statusColours,
                null);
    }

    public ExportSettings(String version, String compare, CommentScope comments, boolean toc, boolean annex,
                          String watermark, boolean members, Locale locale) {
        this(version, compare, comments, toc, annex, watermark, members, locale, false, TextForm.BRACKETED, false);
    }

    public ExportSettings withLocale(Locale value) {
        return new ExportSettings(version, compare, comments, toc, annex, watermark, members, value, compilation, text,
                statusColours, language, finalText);
    }

    /** The same export with the changes since {@code compare} shown as tracked changes, or accepted. */
    public ExportSettings withFinalText(boolean value) {
        return new ExportSettings(version, compare, comments, toc, annex, watermark, members, locale, compilation, text,
                statusColours, language, value);
    }

    public static ExportSettings defaults() {
        return new ExportSettings(null, null, CommentScope.OPEN, false, false, null, false, Locale.ENGLISH);
    }
}
