package org.clausewright.ui.history;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.clausewright.app.VersionComparison;
import org.clausewright.app.Versions;
import org.clausewright.history.Revision;
import org.clausewright.history.Version;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.util.List;

/**
 * The project's versions, newest first, and what is done with them: record, compare, restore. All of it
 * reads or writes the folder and git, so it runs in the background; {@code busy} says when.
 */
public final class HistoryViewModel {
    private final ProjectViewModel document;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<Version>> versions = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper comparisonTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper comparisons =
            new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<List<ChangeRow>> changes = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty showCheckpoints = new SimpleBooleanProperty(true);
    /** The language version compared: "" for the source, or a target language's tag. */
    private final javafx.beans.property.StringProperty compareLanguage =
            new javafx.beans.property.SimpleStringProperty("");
    private Version comparedFrom;
    private Version comparedTo;
    private boolean compared;

    public HistoryViewModel(ProjectViewModel document) {
        this.document = document;
        this.messages = document.messages();
        showCheckpoints.addListener((obs, old, v) -> refresh());
        // a record, restore or import from anywhere in the window: the list reads the versions again
        document.versionsChangedProperty().addListener((obs, old, n) -> refresh());
    }

    /** Makes the last comparison again (in the language now chosen); nothing when none was made. */
    public void compareAgain() {
        if (compared) {
            compare(comparedFrom, comparedTo);
        }
    }

    public void refresh() {
        work("history.loading", () -> Versions.log(document.session().dir()), list -> versions.set(
                showCheckpoints.get() ? List.copyOf(list) : list.stream().filter(v -> !v.checkpoint()).toList()));
    }

    /**
     * Asks for a label (the next one suggested: "Working draft 6" after "Working draft 5") and a message, then
     * saves and records the project.
     */
    public void record() {
        work("history.loading", () -> Versions.log(document.session().dir()), recorded -> document.dialogs()
                .askVersion(Versions.nextLabel(recorded, messages.get("history.firstLabel")))
                .ifPresent(request -> work("history.recording",
                        () -> document.session().record(request.label(), request.message(), document.member()),
                        version -> {
                            document.dialogs().notify(messages.format("history.recorded", version.label()));
                            document.versionsChanged();
                        })));
    }

    /**
     * Asks for a name and marks the version as that milestone; the latest milestone of an exported version is
     * the status on the Word cover.
     */
    public void markMilestone(Version version) {
        if (version == null || document.isReadOnly()) {
            return;
        }
        document.dialogs().askText(messages.get("history.milestone.mark"),
                messages.format("history.milestone.prompt", version.label()), "")
                .ifPresent(name -> work("history.marking", () -> Versions.markMilestone(document.session().dir(),
                        version.id(), name, document.member()), marked -> document.versionsChanged()));
    }

    /** Takes the milestone {@code name} off the version, after asking; the version itself stays. */
    public void unmarkMilestone(Version version, String name) {
        if (version == null || name == null || document.isReadOnly()) {
            return;
        }
        if (document.dialogs().confirm(messages.get("history.milestone.unmark"),
                messages.format("history.milestone.unmark.confirm", name, version.label()))) {
            work("history.unmarking", () -> Versions.unmarkMilestone(document.session().dir(), version.id(), name),
                    unmarked -> document.versionsChanged());
        }
    }

    /** Compares two versions; {@code to} null means the draft as it is now. */
    public void compare(Version from, Version to) {
        if (from == null) {
            return;
        }
        String toSpec = to == null ? Revision.WORKING_NAME : to.id();
        String language = compareLanguage.get();
        comparedFrom = from;
        comparedTo = to;
        compared = true;
        work("history.comparing", () -> {
            if (to == null) {
                document.session().save();
            }
            return VersionComparison.compare(document.session().dir(), from.id(), toSpec,
                    language.isEmpty() ? null : language);
        }, result -> {
            comparisonTitle.set(to == null ? messages.format("compare.titleWorking", name(from))
                    : messages.format("compare.title", name(from), name(to)));
            summary.set(ComparisonRows.summary(messages, result.comparison().summary()));
            changes.set(ComparisonRows.rows(messages, result.comparison()));
            comparisons.set(comparisons.get() + 1);
        });
    }

    public void restoreClause(Version version) {
        String clauseId = document.selectedClauseIdProperty().get();
        if (version == null || clauseId == null || document.isReadOnly()) {
            return;
        }
        if (document.dialogs().confirm(messages.get("history.restoreClause"),
                messages.format("history.restoreClause.confirm", clauseName(clauseId), version.label()))) {
            work("history.restoring", () -> document.session().restoreClause(version, clauseId, document.member()),
                    checkpoint -> restored(version));
        }
    }

    private String name(Version version) {
        return VersionNames.shown(messages, version, this::clauseName);
    }

    String clauseName(String clauseId) {
        return VersionNames.clauseName(document.project(), clauseId);
    }

    public void restoreDraft(Version version) {
        if (version == null || document.isReadOnly()) {
            return;
        }
        if (document.dialogs().confirm(messages.get("history.restoreDraft"),
                messages.format("history.restoreDraft.confirm", version.label()))) {
            work("history.restoring", () -> document.session().restoreDraft(version, document.member()),
                    checkpoint -> restored(version));
        }
    }

    // the restored version's name: the checkpoint's own would quote it inside quotes
    private void restored(Version from) {
        document.dialogs().notify(messages.format("history.restored", name(from)));
        document.versionsChanged();
    }

    private <T> void work(String what, java.util.concurrent.Callable<T> job, java.util.function.Consumer<T> done) {
        busy.set(true);
        document.background().run(messages.get(what), job, result -> {
            busy.set(false);
            done.accept(result);
        }, error -> {
            busy.set(false);
            document.dialogs().showError(messages.get(what + ".failed"), error);
        });
    }

    public ReadOnlyObjectProperty<List<Version>> versionsProperty() {
        return versions.getReadOnlyProperty();
    }

    /** "From “Working draft 3” to “Working draft 4”": the comparison last made. */
    public ReadOnlyStringProperty comparisonTitleProperty() {
        return comparisonTitle.getReadOnlyProperty();
    }

    /** Counts the comparisons made: the compare window comes to the front on each, even the same one again. */
    public javafx.beans.property.ReadOnlyIntegerProperty comparisonsProperty() {
        return comparisons.getReadOnlyProperty();
    }

    /** The counts of the comparison last made: "3 added · 1 removed · …". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ChangeRow>> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The language version compared: "" for the source, or a target language's tag. */
    public javafx.beans.property.StringProperty compareLanguageProperty() {
        return compareLanguage;
    }

    public BooleanProperty showCheckpointsProperty() {
        return showCheckpoints;
    }
}
