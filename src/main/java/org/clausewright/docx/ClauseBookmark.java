package org.clausewright.docx;

/**
 * The hidden bookmark the export puts around each clause and the review import maps a reviewed paragraph
 * back by: one definition for both sides. Word allows letters, digits and "_" (40 at most); a leading "_"
 * hides it from the reviewer's list of bookmarks.
 */
public final class ClauseBookmark {
    private static final String PREFIX = "_cw_";

    private ClauseBookmark() {
    }

    static String name(String clauseId) {
        return PREFIX + clauseId.replace('-', '_');
    }

    /** The clause id a bookmark name stands for, or null when it is not a clause bookmark. */
    public static String clauseId(String bookmarkName) {
        if (!bookmarkName.startsWith(PREFIX) || bookmarkName.length() == PREFIX.length()) {
            return null;
        }
        return bookmarkName.substring(PREFIX.length()).replace('_', '-');
    }
}
