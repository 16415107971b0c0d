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
 * @param merges   the merges it made (one, or more when others pushed meanwhile), oldest first
 */
public record SyncReport(String source, List<Version> received, List<Version> sent, Optional<Version> merge,
                         List<SyncMerge> merges) {
    public SyncReport {
        received = List.copyOf(received);
        sent = List.copyOf(sent);
        merges = List.copyOf(merges);
    }

    /** One line per bracket or conflict the merges made, for the member to decide. */
    public List<String> merged() {
        return merges.stream().flatMap(m -> m.lines().stream()).toList();
    }

    public boolean changedNothing() {
        return received.isEmpty() && sent.isEmpty() && merge.isEmpty();
    }
}
