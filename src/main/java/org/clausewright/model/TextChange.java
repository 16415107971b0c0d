package org.clausewright.model;

/**
 * The edit between two versions of a text, seen as one replaced region. The common prefix and the
 * common suffix are measured independently (each may overlap the other): either one that covers an
 * anchor is a valid explanation of the edit that leaves the anchor untouched, and taking both
 * uncapped means an edit next to repeated words cannot "swallow" an anchor it did not touch.
 */
record TextChange(int oldLength, int newLength, int commonPrefix, int commonSuffix) {
    static TextChange between(String oldText, String newText) {
        int max = Math.min(oldText.length(), newText.length());
        int prefix = 0;
        while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max && oldText.charAt(oldText.length() - 1 - suffix)
                == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextChange(oldText.length(), newText.length(), prefix, suffix);
    }

    /** The new start of old range [start, end), or -1 when the edit touched the range. */
    int mapRange(int start, int end) {
        if (end <= commonPrefix) {
            return start;
        }
        if (start >= oldLength - commonSuffix) {
            return start + newLength - oldLength;
        }
        return -1;
    }

    /** Where an old offset most likely is now; inside the edited region, the region's start. */
    int expectedOffset(int offset) {
        if (offset <= commonPrefix) {
            return offset;
        }
        if (offset >= oldLength - commonSuffix) {
            return offset + newLength - oldLength;
        }
        return Math.min(commonPrefix, newLength);
    }
}
