package org.clausewright.ui.history;

import java.util.function.Function;
import org.clausewright.history.CheckpointReason;
import org.clausewright.history.Version;
import org.clausewright.ui.Messages;

/**
 * A version's name as the member reads it. A checkpoint is named from why it was recorded, in the member's
 * language; its recorded label is the English line git clients show, and is shown as it is for checkpoints
 * recorded before the reason was written down and for reasons a newer Clausewright wrote.
 */
public final class VersionNames {
    private VersionNames() {
    }

    /** @param clauseName a clause's name for its id: the heading it has now, or the id when it has none */
    public static String shown(Messages messages, Version version, Function<String, String> clauseName) {
        return version.reason().map(r -> switch (r.kind()) {
            case CheckpointReason.RESTORE_DRAFT -> messages.format("history.checkpoint.restoreDraft", r.from());
            case CheckpointReason.RESTORE_CLAUSE -> messages.format("history.checkpoint.restoreClause",
                    clauseName.apply(r.subject()), r.from());
            case CheckpointReason.RESTORE_FILES -> messages.format("history.checkpoint.restoreFiles", r.subject(),
                    r.from());
            case CheckpointReason.IMPORT_REVIEW -> messages.format("history.checkpoint.importReview", r.subject());
            default -> version.label();
        }).orElse(version.label());
    }

    /** Whether the version's message is Clausewright's own English note, said by {@link #shown} already. */
    static boolean saysItAll(Version version) {
        return version.reason().map(r -> switch (r.kind()) {
            case CheckpointReason.RESTORE_DRAFT, CheckpointReason.RESTORE_CLAUSE, CheckpointReason.RESTORE_FILES,
                    CheckpointReason.IMPORT_REVIEW -> true;
            default -> false;
        }).orElse(false);
    }
}
