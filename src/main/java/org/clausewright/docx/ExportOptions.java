package org.clausewright.docx;

import java.util.Locale;
import java.util.Objects;

/**
 * What a committee chooses to put in an exported draft besides the clauses.
 *
 * @param watermark text written diagonally on every page, such as "DRAFT"; null or blank for none
 * @param members   whether the cover lists the committee members
 * @param locale    the language of the document's fixed texts ("Table of contents", "Page 1 of 9")
 */
public record ExportOptions(CommentScope comments, boolean toc, boolean annex, String watermark, boolean members,
                            Locale locale) {
    public ExportOptions {
        Objects.requireNonNull(comments, "comments");
        watermark = watermark == null || watermark.isBlank() ? null : watermark.strip();
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    public static ExportOptions plain() {
        return new ExportOptions(CommentScope.NONE, false, false, null, false, Locale.ENGLISH);
    }

    public ExportOptions withComments(CommentScope value) {
        return new ExportOptions(value, toc, annex, watermark, members, locale);
    }
}
