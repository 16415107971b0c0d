package org.clausewright.ui.export;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** File names made from titles and labels, safe on every system a committee member may use. */
final class FileNames {
    // reserved on Windows or macOS, or a path separator, or a control character
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");

    private FileNames() {
    }

    /**
     * Of a name's UTF-8 bytes, at most this many: file systems allow 255, and an extension, a copy's " (2)" and a
     * version's name in Arabic or Chinese (two or three bytes a letter) must fit.
     */
    static final int MAX_BYTES = 200;

    /**
     * {@code text} with every unsafe character replaced by a hyphen, cut to {@link #MAX_BYTES} between two
     * letters, and no trailing dots or spaces.
     */
    static String safe(String text) {
        String name = UNSAFE.matcher(text).replaceAll("-").strip();
        int end = 0;
        int bytes = 0;
        while (end < name.length()) {
            int next = name.offsetByCodePoints(end, 1);
            bytes += name.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_BYTES) {
                break;
            }
            end = next;
        }
        name = name.substring(0, end).strip();
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name.isEmpty() ? "draft" : name;
    }
}
