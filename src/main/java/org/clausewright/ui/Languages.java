package org.clausewright.ui;

import java.util.List;
import java.util.Locale;

/** The languages the window is translated into, and the locale a preference names. */
public final class Languages {
    /** "" is the system's language. */
    public static final List<String> TAGS = List.of("", "ar", "zh-CN", "en", "fr", "ru", "es");

    private Languages() {
    }

    public static Locale locale(String tag) {
        return tag == null || tag.isEmpty() ? Locale.getDefault() : Locale.forLanguageTag(tag);
    }
}
