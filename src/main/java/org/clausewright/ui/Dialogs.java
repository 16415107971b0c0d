package org.clausewright.ui;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the window asks a member; tests answer them without a window. */
public interface Dialogs {
    /** A line of text, such as a new title; empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    boolean confirm(String title, String message);

    /**
     * A note of one or more lines written in answer to {@code context} (a comment thread, shown above the field);
     * empty when cancelled or left blank.
     */
    Optional<String> askNote(String title, String context, String prompt);

    /** Label and message for a new version, the label field holding {@code suggestedLabel}; empty when cancelled. */
    Optional<VersionRequest> askVersion(String suggestedLabel);

    void showError(String what, Throwable cause);

    /** A step the window would not take, {@code why} in the member's language. */
    void showRefusal(String what, String why);

    /** A line in the corner, with actions such as "Open the file". */
    void notify(String message, Notice... actions);

    Optional<Path> chooseFolder(String title);

    /** One of the starter projects, for File ▸ New project from template…; empty when cancelled. */
    Optional<org.clausewright.app.ProjectTemplate> chooseTemplate(java.util.List<org.clausewright.app.ProjectTemplate> templates);

    /** A file to read whose name ends with {@code extension} ("docx"); empty when cancelled. */
    Optional<Path> chooseFile(String title, String kind, String extension);

    /**
     * A file to write whose name ends with {@code extension}, the chooser opening in {@code folder} with
     * {@code name} suggested; empty when cancelled.
     */
    Optional<Path> chooseFileToWrite(String title, String kind, String extension, Path folder, String name);

    /** The delegations, meetings and members' delegations as the member left them; empty when cancelled. */
    Optional<org.clausewright.ui.negotiation.Parties> editParties(org.clausewright.model.ProjectInfo info);

    /** A decision on the clause {@code title}, now {@code current}; empty when cancelled. */
    Optional<org.clausewright.ui.negotiation.DecisionForm> askDecision(String title,
            org.clausewright.model.ClauseStatus current, org.clausewright.model.ProjectInfo info);

    /** How to clean bracket {@code title} of these option texts; empty when cancelled. */
    Optional<org.clausewright.ui.negotiation.CleaningForm> askCleaning(String title, java.util.List<String> options,
            org.clausewright.model.ProjectInfo info);

    /** Which delegation stands where on an option of bracket {@code title}, {@code option} proposed first. */
    Optional<org.clausewright.ui.negotiation.AttributionForm> askAttribution(String title,
            java.util.List<String> options, int option, org.clausewright.model.ProjectInfo info);

    record VersionRequest(String label, String message) {
    }

    /**
     * A button on a notification. {@code waits}: it leads to something a member must still do (the conflicts a sync
     * listed), so its notice stays until closed or followed instead of going after a few seconds.
     */
    record Notice(String text, Runnable action, boolean waits) {
        public Notice(String text, Runnable action) {
            this(text, action, false);
        }
    }
}
