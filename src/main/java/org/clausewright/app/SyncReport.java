package org.clausewright.app;

import java.util.List;
import java.util.Optional;
import org.clausewright.history.Version;

/**
 * What a sync or an applied bundle did.
 *
 * @param source   where the versions came from: a remote's name and address, or a bundle file
 * @param received the versions taken in, newest first
 * @param sent     the versions sent, newest first (none for a bundle)
 * @param merge    the version recording the merge, when both sites had new versions
 * @param merged   one line per bracket or conflict the merge made, for the member to decide
 */
public record SyncReport(String source, List<Version> received, List<Version> sent, Optional<Version> merge,
                         List<String> merged) {
    public SyncReport {
        received = List.copyOf(received);
        sent = List.copyOf(sent);
        merged = List.copyOf(merged);
    }

    public boolean changedNothing() {
        return received.isEmpty() && sent.isEmpty() && merge.isEmpty();
    }
}
