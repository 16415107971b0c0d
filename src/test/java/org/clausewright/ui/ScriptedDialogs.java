package org.clausewright.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs answered by the test: queued answers in, errors and notifications out. */
public final class ScriptedDialogs implements Dialogs {
    public final Deque<String> texts = new ArrayDeque<>();
    public final Deque<Path> files = new ArrayDeque<>();
    public final Deque<VersionRequest> versions = new ArrayDeque<>();
    public boolean confirmAnswer = true;
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    /** What each note dialog showed above its field (the thread a reply answers). */
    public final List<String> noteContexts = new ArrayList<>();
    /** The label each record dialog held when it opened. */
    public final List<String> suggestedLabels = new ArrayList<>();
    public final List<Notice> noticeActions = new ArrayList<>();
    public final Deque<org.clausewright.ui.negotiation.Parties> parties = new ArrayDeque<>();
    public final Deque<org.clausewright.ui.negotiation.DecisionForm> decisions = new ArrayDeque<>();
    /** What happens elsewhere while the decision dialog is open (another panel's edit, an outside change). */
    public Runnable whileDeciding = () -> { };
    public final Deque<org.clausewright.ui.negotiation.CleaningForm> cleanings = new ArrayDeque<>();
    public final Deque<org.clausewright.ui.negotiation.AttributionForm> attributions = new ArrayDeque<>();
    /** The option texts each Clean bracket dialog offered. */
    public final List<List<String>> cleaningOffers = new ArrayList<>();

    @Override
    public Optional<org.clausewright.ui.negotiation.Parties> editParties(org.clausewright.model.ProjectInfo info) {
        return Optional.ofNullable(parties.poll());
    }

    @Override
    public Optional<org.clausewright.ui.negotiation.DecisionForm> askDecision(String title,
            org.clausewright.model.ClauseStatus current, org.clausewright.model.ProjectInfo info) {
        whileDeciding.run();
        return Optional.ofNullable(decisions.poll());
    }

    @Override
    public Optional<org.clausewright.ui.negotiation.CleaningForm> askCleaning(String title, List<String> options,
            org.clausewright.model.ProjectInfo info) {
        cleaningOffers.add(options);
        return Optional.ofNullable(cleanings.poll());
    }

    @Override
    public Optional<org.clausewright.ui.negotiation.AttributionForm> askAttribution(String title,
            List<String> options, int option, org.clausewright.model.ProjectInfo info) {
        return Optional.ofNullable(attributions.poll());
    }

    /** The templates each template dialog offered. */
    public final List<List<org.clausewright.app.ProjectTemplate>> templateOffers = new ArrayList<>();
    public final Deque<String> templates = new ArrayDeque<>();

    @Override
    public Optional<org.clausewright.app.ProjectTemplate> chooseTemplate(
            List<org.clausewright.app.ProjectTemplate> offered) {
        templateOffers.add(offered);
        String id = templates.poll();
        return offered.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public Optional<String> askNote(String title, String context, String prompt) {
        noteContexts.add(context);
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public Optional<VersionRequest> askVersion(String suggestedLabel) {
        suggestedLabels.add(suggestedLabel);
        return Optional.ofNullable(versions.poll());
    }

    @Override
    public void showRefusal(String what, String why) {
        errors.add(what + ": " + why);
    }

    @Override
    public void showError(String what, Throwable cause) {
        errors.add(what + ": " + ErrorText.of(cause));
    }

    @Override
    public void notify(String message, Notice... actions) {
        notices.add(message);
        noticeActions.addAll(List.of(actions));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    /** Where the file chooser for writing opened and what it suggested: folder, then name, per call. */
    public final List<String> writeChooserOpenedAt = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToWrite(String title, String kind, String extension, Path folder, String name) {
        writeChooserOpenedAt.add(folder + "|" + name);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFile(String title, String kind, String extension) {
        return Optional.ofNullable(files.poll());
    }
}
