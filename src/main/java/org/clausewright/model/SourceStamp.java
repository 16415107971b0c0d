package org.clausewright.model;

import java.util.HexFormat;

/**
 * Which source text a translation was made from: a hash of the source clause's heading and text as they were, and
 * the label of the recorded version that held that text, when it was known. The hash decides whether a translation
 * is current (a label can be renamed or be absent; the words cannot); the label is for people reading the file.
 *
 * @param hash    the first 16 hex digits of the SHA-256 of the heading, a line break and the text (UTF-8)
 * @param version the recorded version's label, or empty
 * @param extras  keys a newer Clausewright wrote in {@code madeFrom}, kept as they were
 */
public record SourceStamp(String hash, String version, Extras extras) {
    public static final int HASH_DIGITS = 16;

    public SourceStamp {
        hash = hash == null ? "" : hash;
        version = version == null ? "" : version;
        extras = extras == null ? Extras.NONE : extras;
    }

    public SourceStamp(String hash, String version) {
        this(hash, version, Extras.NONE);
    }

    /** The stamp of {@code source} as it is now. */
    public static SourceStamp of(Clause source, String version) {
        return new SourceStamp(hashOf(source), version);
    }

    public static String hashOf(Clause source) {
        return hashOf(source.heading(), source.text());
    }

    public static String hashOf(String heading, String text) {
        return HexFormat.of().formatHex(Sha256.of(heading + "\n" + text)).substring(0, HASH_DIGITS);
    }

    /** Whether {@code source} still has the heading and text this stamp was made from. */
    public boolean matches(Clause source) {
        return hash.equals(hashOf(source));
    }
}
