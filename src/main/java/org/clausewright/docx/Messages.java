package org.clausewright.docx;

import org.clausewright.model.MessageText;

import java.util.Locale;

/** The document's fixed texts in its language, from {@code org/clausewright/docx/messages*.properties}. */
final class Messages {
    private final MessageText text;

    Messages(Locale locale) {
        this.text = new MessageText("org.clausewright.docx.messages", locale);
    }

    Locale locale() {
        return text.locale();
    }

    String get(String key, Object... args) {
        return args.length == 0 ? text.get(key) : text.format(key, args);
    }

    /** The raw pattern, for texts that are split around fields ("Page {0} of {1}"). */
    String pattern(String key) {
        return text.get(key);
    }
}
