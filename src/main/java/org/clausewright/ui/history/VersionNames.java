package org.clausewright.ui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.clausewright.history.CheckpointReason;
import org.clausewright.history.MergeReason;
import org.clausewright.history.Version;
import org.clausewright.model.Project;
import org.clausewright.ui.Messages;

/**
 * A version's name as the member reads it. A checkpoint is named from why it was recorded, in the member's
 * language; its recorded label is the English line git clients show, and is shown as it is for checkpoints
 * recorded before the reason was written down and for reasons a newer Clausewright wrote. A sync's merge is named
 * the same way from what it took in (its trailers); merges recorded before session 23 show their recorded label.
 */
public final class VersionNames {
    private VersionNames() {
    }

    /** The version's name, its clauses named by the headings they have in {@code project}. */
    public static String shown(Messages messages, Version version, Project project) {
        return shown(messages, version, id -> clauseName(project, id));
    }

    /** A clause as a member knows it: by its heading in {@code project}; ids are for files (the id when it has none). */
    public static String clauseName(Project project, String clauseId) {
        return project.clause(clauseId).map(c -> c.heading().strip()).filter(h -> !h.isEmpty()).orElse(clauseId);
    }

    /** @param clauseName a clause's name for its id: the heading it has now, or the id when it has none */
    public static String shown(Messages messages, Version version, Function<String, String> clauseName) {
        if (version.merged().filter(VersionNames::known).isPresent()) {
            return merge(messages, version.merged().get());
        }
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

    /** "Sync with origin: 2 clauses from Ingrid Solberg, 1 bracket to decide", in the member's language. */
    private static String merge(Messages messages, MergeReason merge) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.format("history.merge.clauses", merge.clauses(), messages.list(merge.authors())));
        if (!merge.brackets().isEmpty()) {
            parts.add(messages.format("history.merge.brackets", merge.brackets().size()));
        }
        if (merge.conflicts() > 0) {
            parts.add(messages.format("history.merge.conflicts", merge.conflicts()));
        }
        if (!merge.keptClauses().isEmpty()) {
            parts.add(messages.format("history.merge.kept", merge.keptClauses().size()));
        }
        return messages.format("history.merge.sync", merge.source(),
                String.join(messages.get("history.merge.separator"), parts));
    }

    private static boolean known(MergeReason merge) {
        return merge.kind().equals(MergeReason.SYNC);
    }

    /**
     * The brackets the merge made and the deleted clauses it kept, clause by clause, in the member's language, in
     * place of the English lines of its message (its conflicts are counted in its name, and chosen in Merge
     * results); empty for a version that is no merge Clausewright named (its message is shown as it is).
     */
    static List<String> mergeLines(Messages messages, Version version, Function<String, String> clauseName) {
        return version.merged().filter(VersionNames::known).map(m -> {
            List<String> lines = new ArrayList<>();
            m.brackets().forEach(id -> lines.add(messages.format("history.merge.bracket", clauseName.apply(id))));
            m.keptClauses().forEach(id -> lines.add(messages.format("sync.result.kept", clauseName.apply(id))));
            return lines;
        }).orElse(List.of());
    }

    /** Whether the version's message is Clausewright's own English note, said by {@link #shown} already. */
    static boolean saysItAll(Version version) {
        if (version.merged().filter(VersionNames::known).isPresent()) {
            return true;
        }
        return version.reason().map(r -> switch (r.kind()) {
            case CheckpointReason.RESTORE_DRAFT, CheckpointReason.RESTORE_CLAUSE, CheckpointReason.RESTORE_FILES,
                    CheckpointReason.IMPORT_REVIEW -> true;
            default -> false;
        }).orElse(false);
    }
}
