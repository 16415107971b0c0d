package org.clausewright.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Records the folder as a commit. The commit is built directly rather than with CommitCommand so that
 * a member's global git settings (signing, hooks) cannot make recording fail or prompt.
 */
final class VersionRecorder {
    static final String CHECKPOINT_TRAILER = "Clausewright-Checkpoint";
    static final String CHECKPOINT_LINE = CHECKPOINT_TRAILER + ": true";

    private VersionRecorder() {
    }

    /**
     * @param checkpoint why an automatic checkpoint is recorded, or null for a version a member records
     * @param merge the other parent of a merge, or null: then the version's only parent is the current one
     */
    static ObjectId record(Repository repository, GitLocks locks, String label, String message, String author,
                           Instant time, CheckpointReason checkpoint, ObjectId merge)
            throws IOException, HistoryException {
        String text = commitMessage(label, message, checkpoint);
        PersonIdent who = person(author, time);
        if (merge != null) {
            requireMergeable(repository, merge);
        }
        locks.clearForRecording();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId tree;
            try {
                tree = WorkingTreeStager.stage(repository, inserter);
            } catch (LockFailedException e) {
                throw locks.lockedBy(locks.indexLock());
            }
            ObjectId head = repository.resolve(Constants.HEAD);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            if (head != null && merge != null) {
                commit.setParentIds(head, merge);
            } else if (head != null || merge != null) {
                commit.setParentId(head != null ? head : merge);
            }
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(text);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            moveHead(repository, locks, head, id, label, who, merge != null);
            return id;
        }
    }

    /**
     * A merge joins a version that is in this repository (fetched already) and not yet part of the current
     * line of work: merging an ancestor again would add a parent that says nothing.
     */
    private static void requireMergeable(Repository repository, ObjectId merge) throws IOException, HistoryException {
        ObjectId head = repository.resolve(Constants.HEAD);
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit other;
            try {
                other = walk.parseCommit(merge);
            } catch (MissingObjectException | IncorrectObjectTypeException e) {
                throw new HistoryException("the version " + merge.name() + " to merge is not in this project's history;"
                        + " fetch it first, then merge again");
            }
            if (head != null && walk.isMergedInto(other, walk.parseCommit(head))) {
                throw new HistoryException("the version " + merge.abbreviate(Version.SHORT_ID_LENGTH).name()
                        + " is already part of this project's history; there is nothing to merge");
            }
        }
    }

    static PersonIdent person(String author, Instant time) throws HistoryException {
        if (author == null || author.isBlank() || author.contains("\n") || author.contains("<")) {
            throw new HistoryException("a version needs the name of the member recording it");
        }
        return new PersonIdent(author.strip(), "", time, ZoneOffset.UTC);
    }

    static String commitMessage(String label, String message, CheckpointReason checkpoint) throws HistoryException {
        if (label == null || label.isBlank() || label.strip().contains("\n")) {
            throw new HistoryException("a version needs a label of one line, such as \"Working draft 3\"");
        }
        StringBuilder text = new StringBuilder(label.strip()).append('\n');
        String body = message == null ? "" : message.strip();
        if (!body.isEmpty()) {
            text.append('\n').append(body).append('\n');
        }
        if (checkpoint != null) {
            text.append('\n').append(CHECKPOINT_LINE).append('\n');
            checkpoint.trailers().forEach(line -> text.append(line).append('\n'));
        }
        return text.toString();
    }

    private static void moveHead(Repository repository, GitLocks locks, ObjectId old, ObjectId id, String label,
                                 PersonIdent who, boolean merge) throws IOException, HistoryException {
        RefUpdate update = repository.updateRef(Constants.HEAD);
        update.setNewObjectId(id);
        update.setExpectedOldObjectId(old == null ? ObjectId.zeroId() : old);
        update.setRefLogIdent(who);
        update.setRefLogMessage((merge ? "commit (merge): " : "commit: ") + label.strip(), false);
        RefUpdate.Result result = update.update();
        switch (result) {
            case NEW, FAST_FORWARD, FORCED -> {
            }
            case LOCK_FAILURE -> {
                Path lock = locks.branchLock();
                if (Files.exists(lock)) {
                    throw locks.lockedBy(lock);
                }
                throw new HistoryException("another program recorded a version of this project while this one was"
                        + " being recorded; nothing was lost: record again");
            }
            default -> throw new IOException("the current version could not be moved to the new one (" + result + ")");
        }
    }
}
