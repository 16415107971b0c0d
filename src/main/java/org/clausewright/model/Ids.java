package org.clausewright.model;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids name files on disk, so they are checked before any path is built from them. */
public final class Ids {
    public static final int MAX_LENGTH = 32;
    /** 50 random bits: see docs/decisions/ids-across-sites.md for the odds of two sites drawing the same. */
    static final int RANDOM_CHARS = 10;
    /** Base 32 without i, l, o and u, which read as 1, 1, 0 and v. */
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

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

    /**
     * A readable id that stays the same for the same text ("NOR" becomes "nor"), unique among {@code taken}
     * only: for things that are the same thing wherever they are named, such as a delegation's short name.
     * New clauses, parts, sections and meetings take {@link #unique} instead.
     */
    public static String fromText(String prefix, String text, Set<String> taken) {
        String slug = slug(text);
        String base = prefix + (slug.isEmpty() ? "item" : slug);
        if (base.length() > MAX_LENGTH - 3) {
            base = trim(base.substring(0, MAX_LENGTH - 3));
        }
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /**
     * An id no other site will make without asking it: a readable slug of the heading's Latin letters, when it
     * has some, and {@value #RANDOM_CHARS} random base-32 characters ("Dual-use awareness" becomes
     * "c-dual-use-awareness-k3j9x2abqz"; a heading in Chinese or Arabic, "c-k3j9x2abqz"). {@code taken} only
     * spares a redraw at this site; the odds across sites are in docs/decisions/ids-across-sites.md.
     */
    public static String unique(String prefix, String heading, Set<String> taken) {
        String slug = slug(heading);
        int room = MAX_LENGTH - prefix.length() - RANDOM_CHARS - 1;
        String kept = room < 1 ? "" : trim(slug.substring(0, Math.min(room, slug.length())));
        String base = kept.isEmpty() ? prefix : prefix + kept + "-";
        String candidate;
        do {
            candidate = base + randomChars();
        } while (taken.contains(candidate));
        return candidate;
    }

    /** A random id such as "t-k3j9x2abqz", for threads, replies and decisions, which have no natural name. */
    public static String random(String prefix) {
        return prefix + randomChars();
    }

    /**
     * An id that follows from {@code basis} alone, so that two sites deriving it from the same thing get the same
     * id: {@value #RANDOM_CHARS} base-32 characters of the basis's SHA-256.
     */
    public static String derived(String prefix, String basis) {
        return prefix + base32(Sha256.of(basis));
    }

    private static String randomChars() {
        byte[] bytes = new byte[(RANDOM_CHARS * 5 + 7) / 8];
        RandomSource.SECURE.nextBytes(bytes);
        return base32(bytes);
    }

    // The first RANDOM_CHARS * 5 bits of the bytes, five at a time.
    private static String base32(byte[] bytes) {
        StringBuilder sb = new StringBuilder(RANDOM_CHARS);
        for (int k = 0; k < RANDOM_CHARS; k++) {
            int bit = k * 5;
            int pair = (bytes[bit / 8] & 0xff) << 8 | (bit / 8 + 1 < bytes.length ? bytes[bit / 8 + 1] & 0xff : 0);
            sb.append(ALPHABET.charAt(pair >> (11 - bit % 8) & 31));
        }
        return sb.toString();
    }

    /** The text's Latin letters and digits in lower case, joined by '-'; "" for a heading in Chinese or Arabic. */
    public static String slug(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
    }

    private static String trim(String slug) {
        return slug.replaceAll("-+$", "");
    }

    /** Made on first use: seeding it costs more than reading a project's ids. */
    private static final class RandomSource {
        static final SecureRandom SECURE = new SecureRandom();
    }

    static String quote(String id) {
        return id == null ? "(none)" : "\"" + id + "\"";
    }
}
