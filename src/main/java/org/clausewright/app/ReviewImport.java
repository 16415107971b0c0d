package org.clausewright.app;

import org.clausewright.docx.review.ReviewDocument;
import org.clausewright.docx.review.ReviewFileException;
import org.clausewright.docx.review.ReviewImporter;
import org.clausewright.docx.review.ReviewPlan;
import org.clausewright.docx.review.ReviewReader;
import org.clausewright.history.CheckpointReason;
import org.clausewright.history.HistoryException;
import org.clausewright.history.PendingVersion;
import org.clausewright.history.Revision;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ReadResult;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Importing a reviewed Word file into an open project, in two steps: {@link #preview} reads the file and says
 * what would come in, changing nothing; {@link #apply} records a checkpoint, adds the threads, saves, and
 * records a version "Review from …". A bad file is refused by the preview, before anything is touched.
 */
public final class ReviewImport {
    private ReviewImport() {
    }

    /** What the file would add to the session's project; the project and its folder are not changed. */
    public static ReviewPreview preview(ProjectSession session, Path file) throws ReviewFileException,
            HistoryException, IOException {
        ReviewDocument document = ReviewReader.read(file);
        Project working = session.project();
        List<String> notes = new ArrayList<>();
        document.projectId().filter(id -> !id.equals(working.info().id())).ifPresent(id ->
                notes.add("Note: the file was exported from project \"" + id + "\", not this one (\""
                        + working.info().id() + "\"); its text was matched against this project."));
        Project exported = exported(session.dir(), document, notes);
        ReviewPlan plan = ReviewImporter.plan(document, working, exported);
        return new ReviewPreview(file, document, plan, working, exported, notes);
    }

    /**
     * Adds what the preview found to the session's project: the member's unsaved edits are saved first, then
     * a checkpoint is recorded, the review added and saved, and a version recorded. Returns that version, or
     * null when the file brought nothing new (then nothing at all is recorded or written).
     *
     * <p>Adding and recording are one step that a crash cannot cut in two: before anything is saved, the
     * files the import writes and the version it ends with are announced in the history, and the next command
     * that holds the project finishes an import killed half way ({@link InterruptedWork}).
     */
    public static Version apply(ProjectSession session, ReviewPreview preview, String member) throws IOException,
            HistoryException {
        return apply(session, preview, member, step -> { });
    }

    /** The moments of an import after which a crash leaves work for the next command to finish. */
    enum Step { CHECKPOINT_RECORDED, ANNOUNCED, SAVED, RECORDED }

    /** Told each step as it is done; the tests stop an import there as a crash would. */
    @FunctionalInterface
    interface Steps {
        void reached(Step step) throws IOException;
    }

    static Version apply(ProjectSession session, ReviewPreview preview, String member, Steps steps)
            throws IOException, HistoryException {
        if (session.isReadOnly()) {
            throw new IllegalStateException("the project is open read-only (" + session.heldBy().orElse("")
                    + "): the review was not imported");
        }
        ReviewPlan plan = preview.plan();
        if (session.project() != preview.base()) {
            // the project changed since the preview: work the plan out again so nothing is added twice
            plan = ReviewImporter.replan(preview.document(), session.project(), preview.exported());
        }
        if (plan.isEmpty()) {
            return null;
        }
        String name = preview.file().getFileName().toString();
        session.save();
        try (VersionHistory history = session.history()) {
            InterruptedWork.finish(history, session.notices());
            Version checkpoint = history.recordCheckpoint(
                    new CheckpointReason(CheckpointReason.IMPORT_REVIEW, name, ""), "Checkpoint before importing " + name,
                    "Recorded automatically before importing the review " + name + ".", member, Instant.now());
            steps.reached(Step.CHECKPOINT_RECORDED);
            Project next = plan.applyTo(session.project());
            PendingVersion pending = history.announce(checkpoint, "the import of " + name, session.writesFor(next),
                    plan.summary(), message(plan), member, Instant.now());
            steps.reached(Step.ANNOUNCED);
            // one undo step with its own name: in the editor, Undo takes the whole import back
            session.update(next, "command.importReview");
            try {
                session.save();
            } catch (IOException e) {
                throw new IOException("could not save the imported review (" + Failures.describe(e) + "); the next command"
                        + " that opens the project finishes the import, and the checkpoint " + checkpoint.shortId()
                        + " holds the project as it was before", e);
            }
            steps.reached(Step.SAVED);
            Version version = history.record(pending);
            steps.reached(Step.RECORDED);
            history.clear(pending);
            return version;
        }
    }

    private static String message(ReviewPlan plan) {
        return plan.placedComments() + " comments and " + plan.placedSuggestions() + " suggestions on "
                + plan.clauses().size() + " clauses, " + plan.replies() + " replies to existing threads, "
                + plan.unplaced().size() + " unplaced.";
    }

    /**
     * The version the reviewed file was exported from, or null when the file names none or one this project
     * does not have (a file from another project, or from before a history was cut). Any other failure to
     * read the history is an error: matching against the wrong text would put comments on wrong clauses.
     */
    private static Project exported(Path dir, ReviewDocument document, List<String> notes)
            throws HistoryException, IOException {
        if (document.versionId().isEmpty()) {
            return null;
        }
        String id = document.versionId().get();
        try (VersionHistory history = VersionHistory.open(dir)) {
            Version version = history.log().stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
            if (version == null) {
                notes.add("Note: version " + id + " named in the file is not in this project's history; the text"
                        + " was matched against the working draft.");
                return null;
            }
            ReadResult read = ProjectReader.read(history.files(version));
            notes.add("Exported from version " + version.shortId() + " \"" + version.label() + "\".");
            return read.project();
        }
    }
}
