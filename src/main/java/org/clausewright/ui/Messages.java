package org.clausewright.ui;

import org.clausewright.model.MessageText;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
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
        return dates(FormatStyle.MEDIUM, null).format(day);
    }

    /**
     * The window language's way of writing a date (and a time, unless {@code time} is null), without the
     * right-to-left marks the Arabic patterns hold ("dd\u200f/MM\u200f/y"): JavaFX 21 draws each as a stroke under
     * the next digit, and beside Latin words they pulled the date apart ("2026/04/Fourth meeting … · 14", seen under
     * Xvfb in the Decide dialog). Without them the date is one run of digits, read and placed as a number.
     */
    public DateTimeFormatter dates(FormatStyle date, FormatStyle time) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time, IsoChronology.INSTANCE,
                locale());
        return DateTimeFormatter.ofPattern(pattern.replaceAll("[\u200e\u200f\u061c]", ""), locale());
    }

    /** Names joined as the window's language joins them: "A and B", "A et B", "A и B", "A 和 B", "A و B". */
    public String list(java.util.List<String> names) {
        return com.ibm.icu.text.ListFormatter.getInstance(com.ibm.icu.util.ULocale.forLocale(locale()))
                .format(names);
    }

    public String format(String key, Object... args) {
        if (!text.has(key)) {
            return key;
        }
        return text.format(key, args);
    }
}
