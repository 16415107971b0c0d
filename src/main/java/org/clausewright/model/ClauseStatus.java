package org.clausewright.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a clause stands in the negotiation, in the order a clause usually moves through them. A clause's status
 * is never set directly: it follows from the latest decision in its {@link Decision log}.
 */
public enum ClauseStatus {
    PROPOSED("proposed"),
    UNDER_DISCUSSION("under-discussion"),
    AGREED_WG("agreed-wg"),
    AGREED_AD_REF("agreed-ad-ref"),
    AGREED("agreed"),
    REOPENED("reopened"),
    WITHDRAWN("withdrawn");

    private final String key;

    ClauseStatus(String key) {
        this.key = key;
    }

    /** The spelling used in files and on the command line. */
    public String key() {
        return key;
    }

    /** Agreed in some forum: in the working group, ad referendum, or in plenary. */
    public boolean isAgreedAtLeastInWorkingGroup() {
        return this == AGREED_WG || this == AGREED_AD_REF || this == AGREED;
    }

    /** A status that says the wording is settled, which no clause with an open bracket may have. */
    public boolean needsCleanText() {
        return isAgreedAtLeastInWorkingGroup();
    }

    public static Optional<ClauseStatus> fromKey(String key) {
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
