package org.clausewright.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Ids for what the merge makes (brackets, threads, decisions), derived from what it was made of: two sites that
 * merge the same pair of drafts make the same ids, so their drafts are identical and a later merge of the two sees
 * one bracket, not two.
 */
final class MergeIds {
    private MergeIds() {
    }

    /** {@code prefix} and 8 hex digits of a digest of the parts, salted until the id is not {@code taken}. */
    static String of(String prefix, List<String> parts, Set<String> taken) {
        String basis = String.join("\u0000", parts);
        for (int salt = 0; ; salt++) {
            String id = prefix + digest(basis + '\u0001' + salt);
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
