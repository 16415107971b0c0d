package org.clausewright.ui.export;

import java.util.regex.Pattern;

/** File names made from titles and labels, safe on every system a committee member may use. */
final class FileNames {
    // reserved on Windows or macOS, or a path separator, or a control character
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");

    private FileNames() {
    }

    /** {@code text} with every unsafe character replaced by a hyphen and no trailing dots or spaces. */
    static String safe(String text) {
        String name = UNSAFE.matcher(text).replaceAll("-").strip();
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name.isEmpty() ? "draft" : name;
    }
}
