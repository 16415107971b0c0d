package org.clausewright.docx.review;

import org.clausewright.model.Words;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text compared the way a reader compares it: case, curly quotes, dash kinds, spacing and a leading number
 * ("1.2", "Part 3") do not matter. Word processors change all of these on a round trip.
 */
final class Texts {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    // "3.2.1 ", "part 3 ", and the numbers of a frozen outline, which the export writes as text: "2.3 bis ".
    private static final String SUFFIX = "(\\s+(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?";
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(part\\s+)?\\d+" + SUFFIX + "(\\.\\d+" + SUFFIX + ")*\\.?\\s+");
    private static final String TRAILER_START = "[review: ";
    static final String TRAILER_FORMAT = TRAILER_START + "%s]";

    private Texts() {
    }

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ').replace('\u00ad', ' ');
        s = SPACE.matcher(s).replaceAll(" ").strip();
        return LEADING_NUMBER.matcher(s).replaceFirst("");
    }

    /** The thread text without the "[review: file]" lines the import ends it with, normalised. */
    static String withoutTrailer(String text) {
        return normalize(withoutTrailerKeepCase(text));
    }

    /**
     * The thread text as written, without the "[review: file]" lines at its end: one for each import it came
     * through (a thread imported, exported and imported again has two). A scan, not a pattern: a pattern
     * anchored at the end is tried from every offset of a hostile text.
     */
    static String withoutTrailerKeepCase(String text) {
        String s = text.strip();
        while (s.endsWith("]")) {
            int open = s.lastIndexOf(TRAILER_START);
            if (open < 0 || s.indexOf('\n', open) >= 0 || s.indexOf(']', open) != s.length() - 1) {
                break;
            }
            s = s.substring(0, open).strip();
        }
        return s;
    }

    static String trailer(String fileName) {
        return String.format(TRAILER_FORMAT, fileName.replace(']', ')').replace('\n', ' '));
    }

    /** The distinct words of a normalised text ({@link Words}: Chinese by dictionary words). */
    static Set<String> words(String normalized) {
        return new HashSet<>(Words.of(normalized));
    }

    /** Dice coefficient of the two word sets: 1 for the same words, 0 for none shared. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
