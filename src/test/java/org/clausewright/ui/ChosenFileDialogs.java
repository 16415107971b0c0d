package org.clausewright.ui;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The window's real dialogs, except that the file chooser answers with a file the test gives. */
public final class ChosenFileDialogs implements Dialogs {
    private final FxDialogs real;
    private final Path chosen;

    public ChosenFileDialogs(Messages messages, Supplier<Window> owner, Path chosen) {
        this.real = new FxDialogs(messages, owner);
        this.chosen = chosen;
    }

    @Override
    public Optional<Path> chooseFile(String title, String kind, String extension) {
        return Optional.of(chosen);
    }

    @Override
    public Optional<Path> chooseFileToWrite(String title, String kind, String extension, Path folder, String name) {
        return Optional.of(chosen);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return real.askText(title, prompt, initial);
    }

    @Override
    public Optional<String> askNote(String title, String context, String prompt) {
        return real.askNote(title, context, prompt);
    }

    @Override
    public boolean confirm(String title, String message) {
        return real.confirm(title, message);
    }

    @Override
    public Optional<VersionRequest> askVersion(String suggestedLabel) {
        return real.askVersion(suggestedLabel);
    }

    @Override
    public void showRefusal(String what, String why) {
        real.showRefusal(what, why);
    }

    @Override
    public void showError(String what, Throwable cause) {
        real.showError(what, cause);
    }

    @Override
    public void notify(String message, Notice... actions) {
        real.notify(message, actions);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        // the system's folder chooser cannot be driven headless: the test's folder stands for the member's choice
        return Optional.of(chosen);
    }

    @Override
    public Optional<org.clausewright.app.ProjectTemplate> chooseTemplate(
            java.util.List<org.clausewright.app.ProjectTemplate> templates) {
        return real.chooseTemplate(templates);
    }

    @Override
    public Optional<org.clausewright.ui.negotiation.Parties> editParties(org.clausewright.model.ProjectInfo info) {
        return real.editParties(info);
    }

    @Override
    public Optional<org.clausewright.ui.negotiation.DecisionForm> askDecision(String title,
            org.clausewright.model.ClauseStatus current, org.clausewright.model.ProjectInfo info) {
        return real.askDecision(title, current, info);
    }

    @Override
    public Optional<org.clausewright.ui.negotiation.CleaningForm> askCleaning(String title,
            java.util.List<String> options, org.clausewright.model.ProjectInfo info) {
        return real.askCleaning(title, options, info);
    }

    @Override
    public Optional<org.clausewright.ui.negotiation.AttributionForm> askAttribution(String title,
            java.util.List<String> options, int option, org.clausewright.model.ProjectInfo info) {
        return real.askAttribution(title, options, option, info);
    }
}
