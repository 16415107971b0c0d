package org.clausewright.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded version of the project (a git commit).
 *
 * @param id         the full commit id (40 hex digits)
 * @param label      the first line of the commit message, e.g. "Working draft 3"
 * @param message    the rest of the message, without the checkpoint trailer; may be empty
 * @param author     the name of the member who recorded it
 * @param time       when it was recorded
 * @param checkpoint whether Clausewright recorded it automatically before a risky operation
 * @param milestones names of the milestones marking this version, oldest first
 * @param parents    the full ids of the versions it was made from: none for the first version, two (or more,
 *                   when another git client made an octopus merge) for a merge, first the one it was made on
 * @param reason     why a checkpoint was recorded, for the window to name it in the member's language; empty for
 *                   other versions and for checkpoints recorded before the reason was written down
 * @param merged     what a sync's merge took in, for the window to name it in the member's language; empty for
 *                   other versions and for merges recorded before session 23 or by another program
 */
public record Version(String id, String label, String message, String author, Instant time,
                      boolean checkpoint, List<String> milestones, List<String> parents,
                      Optional<CheckpointReason> reason, Optional<MergeReason> merged) implements Revision {
    public static final int SHORT_ID_LENGTH = 10;

    public Version {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(time, "time");
        milestones = List.copyOf(milestones);
        parents = List.copyOf(parents);
        reason = reason == null ? Optional.empty() : reason;
        merged = merged == null ? Optional.empty() : merged;
    }

    public Version(String id, String label, String message, String author, Instant time, boolean checkpoint,
                   List<String> milestones, List<String> parents, Optional<CheckpointReason> reason) {
        this(id, label, message, author, time, checkpoint, milestones, parents, reason, Optional.empty());
    }

    public Version(String id, String label, String message, String author, Instant time, boolean checkpoint,
                   List<String> milestones, List<String> parents) {
        this(id, label, message, author, time, checkpoint, milestones, parents, Optional.empty(), Optional.empty());
    }

    /** A version whose parents are not known to the caller (a list made by hand, a test). */
    public Version(String id, String label, String message, String author, Instant time, boolean checkpoint,
                   List<String> milestones) {
        this(id, label, message, author, time, checkpoint, milestones, List.of());
    }

    /** Whether this version joined two lines of work (a sync, or a merge made with git). */
    public boolean merge() {
        return parents.size() > 1;
    }

    /** The id as shown in lists: long enough to be unique in any committee's history. */
    public String shortId() {
        return id.substring(0, Math.min(SHORT_ID_LENGTH, id.length()));
    }

    @Override
    public String toString() {
        return "\"" + label + "\" (" + shortId() + ")";
    }
}
