package org.clausewright.docx;

import org.clausewright.model.MessageText;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The document's fixed texts in its language, from {@code org/clausewright/docx/messages*.properties}. One per
 * export, safe for its several threads (the draft's, the footnotes', the compilation's).
 */
final class Messages {
    private final MessageText text;
    /**
     * Phrases an export writes again and again with the same words ("proposed by NOR, BRA", "Note: …" on thousands
     * of bracket footnotes and compilation rows), each formatted by ICU once. Per export, like the messages.
     */
    private final Map<Phrase, String> phrases = new ConcurrentHashMap<>();

    private record Phrase(String key, List<Object> args) {
    }

    Messages(Locale locale) {
        this.text = new MessageText("org.clausewright.docx.messages", locale);
    }

    Locale locale() {
        return text.locale();
    }

    String get(String key, Object... args) {
        return args.length == 0 ? text.get(key) : text.format(key, args);
    }

    /**
     * As {@link #get}, for a phrase the export repeats with the same arguments: formatted once, then the same text
     * again. Not for phrases that are new nearly every time (they would only be kept).
     */
    String repeated(String key, Object... args) {
        return phrases.computeIfAbsent(new Phrase(key, Arrays.asList(args)), p -> get(key, args));
    }

    /** The raw pattern, for texts that are split around fields ("Page {0} of {1}"). */
    String pattern(String key) {
        return text.get(key);
    }
}
