package org.clausewright.docx;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The document's fixed texts in its language, from {@code org/clausewright/docx/messages*.properties}. */
final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;
    // Footnotes and the compilation format thousands of sentences; a pattern is parsed once per export.
    private final java.util.Map<String, MessageFormat> formats = new java.util.HashMap<>();

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.clausewright.docx.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern
                : formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale)).format(args);
    }

    /** The raw pattern, for texts that are split around fields ("Page {0} of {1}"). */
    String pattern(String key) {
        return bundle.getString(key);
    }
}
