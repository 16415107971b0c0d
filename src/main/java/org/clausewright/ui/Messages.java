package org.clausewright.ui;

import org.clausewright.model.MessageText;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    /** A day as the window's language writes it ("2 déc. 2026", "2 дек. 2026 г."), not the system's. */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    public String format(String key, Object... args) {
        if (!text.has(key)) {
            return key;
        }
        return text.format(key, args);
    }
}
