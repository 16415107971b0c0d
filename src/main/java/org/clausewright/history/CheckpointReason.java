package org.clausewright.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Why Clausewright recorded a checkpoint, kept beside its label as trailers of the commit so that every member's
 * window can name it in the member's own language. The label itself stays the English line git clients and
 * older Clausewrights show (docs/decisions/checkpoint-labels.md).
 *
 * @param kind    what was about to happen: {@link #RESTORE_DRAFT}, {@link #RESTORE_CLAUSE}, {@link #RESTORE_FILES},
 *                {@link #IMPORT_REVIEW}, or a kind a newer Clausewright wrote (then the label is shown)
 * @param subject what it happened to: a clause id, a file name, the files restored; may be empty
 * @param from    the label of the version restored from; empty for an import
 */
public record CheckpointReason(String kind, String subject, String from) {
    public static final String RESTORE_DRAFT = "restore-draft";
    public static final String RESTORE_CLAUSE = "restore-clause";
    public static final String RESTORE_FILES = "restore-files";
    public static final String IMPORT_REVIEW = "import-review";
    static final String KIND = VersionRecorder.CHECKPOINT_TRAILER + "-Before";
    static final String SUBJECT = VersionRecorder.CHECKPOINT_TRAILER + "-Subject";
    static final String FROM = VersionRecorder.CHECKPOINT_TRAILER + "-From";

    public CheckpointReason {
        kind = oneLine(kind);
        subject = oneLine(subject);
        from = oneLine(from);
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("\\s+", " ").strip();
    }

    /** The trailer lines to write after the checkpoint's own. */
    List<String> trailers() {
        List<String> lines = new ArrayList<>();
        lines.add(KIND + ": " + kind);
        if (!subject.isEmpty()) {
            lines.add(SUBJECT + ": " + subject);
        }
        if (!from.isEmpty()) {
            lines.add(FROM + ": " + from);
        }
        return lines;
    }

    /** The reason a commit's trailers give, if it has one (checkpoints recorded before session 22 have none). */
    static Optional<CheckpointReason> of(RevCommit commit) {
        Optional<String> kind = first(commit, KIND);
        return kind.map(k -> new CheckpointReason(k, first(commit, SUBJECT).orElse(""),
                first(commit, FROM).orElse("")));
    }

    private static Optional<String> first(RevCommit commit, String key) {
        return commit.getFooterLines(key).stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst();
    }
}
