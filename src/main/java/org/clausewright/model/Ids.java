package org.clausewright.model;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids name files on disk, so they are checked before any path is built from them. */
public final class Ids {
    public static final int MAX_LENGTH = 32;

    private Ids() {
    }

    /**
     * 1 to 32 of [a-z0-9-]. Checked with a loop rather than a regular expression: reading a project checks
     * tens of thousands of ids.
     */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Throws when {@code id} is not safe to use as a file name; {@code what} names it in the message. */
    public static String require(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " id " + quote(id)
                    + " is not allowed: use 1 to 32 lower-case letters, digits or '-'");
        }
        return id;
    }

    /** A readable id from a heading ("Dual-use awareness" becomes "c-dual-use-awareness"), unique among {@code taken}. */
    public static String fromText(String prefix, String text, Set<String> taken) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        String base = prefix + (ascii.isEmpty() ? "item" : ascii);
        if (base.length() > MAX_LENGTH - 3) {
            base = base.substring(0, MAX_LENGTH - 3).replaceAll("-+$", "");
        }
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** A short random id such as "t-3f9a0c2d", for threads and replies that have no natural name. */
    public static String random(String prefix) {
        return prefix + String.format("%08x", RandomSource.SECURE.nextInt());
    }

    /** Made on first use: seeding it costs more than reading a project's ids. */
    private static final class RandomSource {
        static final SecureRandom SECURE = new SecureRandom();
    }

    static String quote(String id) {
        return id == null ? "(none)" : "\"" + id + "\"";
    }
}
