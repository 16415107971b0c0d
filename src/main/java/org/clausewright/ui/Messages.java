package org.clausewright.ui;

import org.clausewright.model.MessageText;

import java.util.Locale;
import java.util.MissingResourceException;

/** User-visible text from {@code messages*.properties}, formatted with ICU's MessageFormat (plural forms). */
public final class Messages {
    private final MessageText text;

    public Messages(Locale locale) {
        this.text = new MessageText("org.clausewright.ui.messages", locale);
    }

    public Locale locale() {
        return text.locale();
    }

    public String get(String key) {
        try {
            return text.get(key);
        } catch (MissingResourceException e) {
            // a missing translation shows its key rather than breaking the window
            return key;
        }
    }

    public String format(String key, Object... args) {
        if (!text.has(key)) {
            return key;
        }
        return text.format(key, args);
    }
}
