package org.clausewright.ui;

import com.ibm.icu.util.ULocale;
import javafx.event.Event;
import javafx.scene.control.DatePicker;
import javafx.util.converter.LocalDateStringConverter;

import java.time.chrono.IsoChronology;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A date picker in the member's language: the date it shows, and its pop-up calendar (month names, weekday names,
 * the first day of the week, as that language's main region has it), which JavaFX draws in whatever {@code Locale.getDefault(Category.FORMAT)} is each time
 * it lays the calendar out, with no property to tell it otherwise. The member's language is made that default while
 * the pop-up is showing, and the one before is put back when it closes, so nothing else in the program (files,
 * logs, other windows) formats in a language it did not ask for.
 */
public final class DatePickers {
    private DatePickers() {
    }

    /**
     * The language with the region it is most likely written in ("ru" → Russia): a week's first day is a region's
     * custom, and Java takes a language without one for the United States, whose weeks start on Sunday.
     */
    static Locale withRegion(Locale locale) {
        Locale regional = locale.getCountry().isEmpty()
                ? ULocale.addLikelySubtags(ULocale.forLocale(locale)).toLocale() : locale;
        // the window writes dates and numbers in Latin digits in every language (the date field above the
        // calendar too); Arabic's region would otherwise number the days ١٢٣
        return new Locale.Builder().setLocale(regional).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    /** Makes {@code picker} show dates and its calendar in {@code locale}. */
    public static void inLanguage(DatePicker picker, Locale locale) {
        picker.setConverter(new LocalDateStringConverter(FormatStyle.MEDIUM, locale, IsoChronology.INSTANCE));
        // the showing events come before the skin lays the calendar out and after it has closed it
        Locale[] before = new Locale[1];
        Locale calendar = withRegion(locale);
        picker.addEventHandler(DatePicker.ON_SHOWING, e -> {
            before[0] = Locale.getDefault(Locale.Category.FORMAT);
            Locale.setDefault(Locale.Category.FORMAT, calendar);
        });
        picker.addEventHandler(DatePicker.ON_HIDDEN, (Event e) -> {
            if (before[0] != null) {
                Locale.setDefault(Locale.Category.FORMAT, before[0]);
                before[0] = null;
            }
        });
    }
}
