package org.clausewright.history.remote;

import java.util.List;
import org.clausewright.history.Version;

/**
 * How this site's versions and another's stand after a fetch.
 *
 * @param ours     this site's latest version's id, or null when it has none
 * @param theirs   the other site's latest version's id, or null when it has none (an empty repository)
 * @param base     the newest version both have (a common ancestor), or null
 * @param incoming the other site's versions this one lacks, newest first
 * @param outgoing this site's versions the other lacks, newest first
 */
public record Divergence(String ours, String theirs, String base, List<Version> incoming, List<Version> outgoing) {
    public enum State { UP_TO_DATE, AHEAD, BEHIND, DIVERGED }

    public Divergence {
        incoming = List.copyOf(incoming);
        outgoing = List.copyOf(outgoing);
    }

    public State state() {
        if (incoming.isEmpty()) {
            return outgoing.isEmpty() ? State.UP_TO_DATE : State.AHEAD;
        }
        return outgoing.isEmpty() ? State.BEHIND : State.DIVERGED;
    }
}
