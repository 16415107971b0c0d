package org.clausewright.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a clause stands in the negotiation, in the order a clause usually moves through them. */
public enum ClauseStatus {
    PROPOSED("proposed"),
    UNDER_DISCUSSION("under-discussion"),
    AGREED_AD_REF("agreed-ad-ref"),
    AGREED("agreed"),
    WITHDRAWN("withdrawn");

    private final String key;

    ClauseStatus(String key) {
        this.key = key;
    }

    /** The spelling used in files and on the command line. */
    public String key() {
        return key;
    }

    public static Optional<ClauseStatus> fromKey(String key) {
        // a plain loop: this runs for every clause or thread read, and a stream costs several times more
        for (ClauseStatus value : values()) {
            if (value.key.equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** "proposed, under-discussion, …" for error messages. */
    public static String allKeys() {
        return Arrays.stream(values()).map(ClauseStatus::key).collect(Collectors.joining(", "));
    }
}
