package org.clausewright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The draft's languages: the one its clauses are written in, and those it is translated into. Tags are BCP 47 in
 * their canonical spelling ({@code fr}, {@code ar}, {@code zh-CN}): a target's tag names the folder its
 * translations live in, so one language has one spelling on every computer, case-sensitive or not.
 *
 * @param source  the language of the clauses themselves
 * @param targets the languages the clauses are translated into, in the order the project lists them
 */
public record Languages(String source, List<String> targets) {
    public static final String DEFAULT_SOURCE = "en";
    public static final Languages DEFAULT = new Languages(DEFAULT_SOURCE, List.of());
    // letters first, then subtags: nothing that could leave a folder or hide a file (".", "/", "\")
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    public Languages {
        source = source == null || source.isEmpty() ? DEFAULT_SOURCE : source;
        targets = List.copyOf(targets);
    }

    /** Whether {@code tag} is a language tag written the way this program writes it (canonical BCP 47). */
    public static boolean isValidTag(String tag) {
        return tag != null && tag.length() <= 35 && TAG.matcher(tag).matches()
                && Locale.forLanguageTag(tag).toLanguageTag().equals(tag);
    }

    /** The canonical spelling of a tag typed by a person ("zh_cn", "ZH-cn" → "zh-CN"), or null when it is none. */
    public static String canonical(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String tag = Locale.forLanguageTag(typed.strip().replace('_', '-')).toLanguageTag();
        // Java reads what is no tag at all ("x!") as "und", undetermined: no language a draft is written in
        return isValidTag(tag) && !tag.equals("und") ? tag : null;
    }

    /** Throws when {@code tag} is not a canonical tag; {@code what} names it in the message. */
    public static String requireTag(String tag, String what) {
        if (!isValidTag(tag)) {
            throw new IllegalArgumentException(what + " \"" + tag + "\" is not a language tag such as fr, ar or zh-CN");
        }
        return tag;
    }

    public boolean hasTarget(String tag) {
        return targets.contains(tag);
    }

    /** These languages with {@code tag} added as a target (at the end; no change when it is there or the source). */
    public Languages withTarget(String tag) {
        if (targets.contains(tag) || source.equals(tag)) {
            return this;
        }
        List<String> copy = new ArrayList<>(targets);
        copy.add(requireTag(tag, "language"));
        return new Languages(source, copy);
    }
}
