package org.clausewright.docx;

import java.util.Locale;
import java.util.Objects;

/**
 * What a committee chooses to put in an exported draft besides the clauses.
 *
 * @param watermark     text written diagonally on every page, such as "DRAFT"; null or blank for none
 * @param members       whether the cover lists the committee members
 * @param locale        the language of the document's fixed texts ("Table of contents", "Page 1 of 9")
 * @param compilation   whether an annex compiles the proposals: open brackets, who stands where, decisions
 * @param text          the draft with its open brackets, or the agreed text alone (refused while one is open)
 * @param statusColours whether each clause is shaded by its status, with a legend
 * @param commentsAnnex whether the comments are also listed in an annex, for a PDF: LibreOffice 7.4 cannot print
 *                      them in the margin (docs/decisions/pdf-through-libreoffice.md, session 26); never for Word
 */
public record ExportOptions(CommentScope comments, boolean toc, boolean annex, String watermark, boolean members,
                            Locale locale, boolean compilation, TextForm text, boolean statusColours,
                            boolean commentsAnnex) {
    /** Which text a draft is exported with. */
    public enum TextForm {
        /** Open brackets printed with their options, as negotiated. */
        BRACKETED,
        /** The agreed text: no bracket may be open. */
        CLEAN
    }

    public ExportOptions {
        Objects.requireNonNull(comments, "comments");
        watermark = watermark == null || watermark.isBlank() ? null : watermark.strip();
        locale = locale == null ? Locale.ENGLISH : locale;
        text = text == null ? TextForm.BRACKETED : text;
    }

    public ExportOptions(CommentScope comments, boolean toc, boolean annex, String watermark, boolean members,
                         Locale locale) {
        this(comments, toc, annex, watermark, members, locale, false, TextForm.BRACKETED, false, false);
    }

    public static ExportOptions plain() {
        return new ExportOptions(CommentScope.NONE, false, false, null, false, Locale.ENGLISH);
    }

    public ExportOptions withComments(CommentScope value) {
        return new ExportOptions(value, toc, annex, watermark, members, locale, compilation, text, statusColours,
                commentsAnnex);
    }

    public ExportOptions withCompilation(boolean value) {
        return new ExportOptions(comments, toc, annex, watermark, members, locale, value, text, statusColours,
                commentsAnnex);
    }

    public ExportOptions withText(TextForm value) {
        return new ExportOptions(comments, toc, annex, watermark, members, locale, compilation, value, statusColours,
                commentsAnnex);
    }

    public ExportOptions withCommentsAnnex(boolean value) {
        return new ExportOptions(comments, toc, annex, watermark, members, locale, compilation, text, statusColours,
                value);
    }

    public ExportOptions withStatusColours(boolean value) {
        return new ExportOptions(comments, toc, annex, watermark, members, locale, compilation, text, value,
                commentsAnnex);
    }
}
