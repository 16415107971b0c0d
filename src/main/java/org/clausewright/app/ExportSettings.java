package org.clausewright.app;

import org.clausewright.docx.CommentScope;

import java.util.Locale;

/**
 * What a member asks of an export, as on the command line.
 *
 * @param version the version to export (id, prefix, label or "working"); null for the working draft
 * @param compare the version whose differences are shown as tracked changes; null for none
 */
public record ExportSettings(String version, String compare, CommentScope comments, boolean toc, boolean annex,
                             String watermark, boolean members, Locale locale) {
    public ExportSettings {
        comments = comments == null ? CommentScope.OPEN : comments;
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    public static ExportSettings defaults() {
        return new ExportSettings(null, null, CommentScope.OPEN, false, false, null, false, Locale.ENGLISH);
    }
}
