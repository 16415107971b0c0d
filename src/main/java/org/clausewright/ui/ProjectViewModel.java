package org.clausewright.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewright.app.ProjectSession;
import org.clausewright.command.Command;
import org.clausewright.command.CommandStack;
import org.clausewright.model.Project;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The open project as the panels see it: its current state, the selected clause and text range, and
 * undo/redo with the names of the actions. Every panel edits through {@link #execute}.
 */
public final class ProjectViewModel {
    private final ProjectSession session;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Background background;
    private final String member;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final StringProperty selectedClauseId = new SimpleStringProperty();
    private final StringProperty selectedThreadId = new SimpleStringProperty();
    private final IntegerProperty selectionStart = new SimpleIntegerProperty();
    private final IntegerProperty selectionEnd = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper versionsChanged =
            new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final Runnable stackListener = () -> onStackChanged();
    private final DraftCounts draftCounts = new DraftCounts();
    private org.clausewright.model.Outline numberedOutline;
    private org.clausewright.model.Numbering numbering;
    /** The clauses the latest change of state touched, worked out once for every panel that follows the state. */
    private Project changedFrom;
    private Project changedTo;
    private java.util.Optional<java.util.Set<String>> lastChange = java.util.Optional.empty();
    private java.util.Optional<String> shownUndo;
    private java.util.Optional<String> shownRedo;
    private String shownCounts;

    public ProjectViewModel(ProjectSession session, Messages messages, Dialogs dialogs, Background background,
                            String member) {
        this.session = session;
        this.messages = messages;
        this.dialogs = dialogs;
        this.background = background;
        this.member = member;
        session.commands().addListener(stackListener);
        selectedClauseId.addListener((obs, old, id) -> {
            session.commands().breakMerge();
            selectedThreadId.set(null);
            selectionStart.set(0);
            selectionEnd.set(0);
        });
        refresh();
    }

    private void onStackChanged() {
        background.onUiThread(this::refresh);
    }

    /** Stops following the project, when the window is rebuilt (new language) or another project opens. */
    public void detach() {
        session.commands().removeListener(stackListener);
    }

    /** Runs an edit; one that does not apply (a stale selection) is reported, never thrown at the window. */
    public boolean execute(Command command) {
        return execute(command, IllegalArgumentException.class, e -> null);
    }

    /**
     * Runs an edit whose command refuses with {@code refusal} when it cannot apply: that refusal is shown in the
     * member's words, {@code why}'s (null: as an error, like any other failure).
     */
    public <E extends RuntimeException> boolean execute(Command command, Class<E> refusal, Function<E, String> why) {
        return execute(command, () -> messages.format("edit.failed", messages.get(command.name())), refusal, why);
    }

    /**
     * As {@link #execute(Command, Class, Function)}, a failure headed by {@code heading}'s words ("The decision was
     * not recorded") rather than "Could not …" with the command's name.
     */
    public <E extends RuntimeException> boolean execute(Command command, String heading, Class<E> refusal,
                                                        Function<E, String> why) {
        return execute(command, () -> heading, refusal, why);
    }

    private <E extends RuntimeException> boolean execute(Command command, Supplier<String> heading, Class<E> refusal,
                                                         Function<E, String> why) {
        try {
            session.execute(command);
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            String what = heading.get();
            String words = refusal.isInstance(e) ? why.apply(refusal.cast(e)) : null;
            if (words == null) {
                dialogs.showError(what, e);
            } else {
                dialogs.showRefusal(what, words);
            }
            return false;
        }
    }

    public void undo() {
        session.commands().undo();
    }

    public void redo() {
        session.commands().redo();
    }

    private void refresh() {
        CommandStack stack = session.commands();
        Project current = stack.current();
        // a keystroke leaves the names as they were: the menu's text is formatted only when they change
        if (!stack.undoName().equals(shownUndo)) {
            shownUndo = stack.undoName();
            undoText.set(shownUndo.map(n -> messages.format("menu.undoNamed", messages.get(n)))
                    .orElse(messages.get("menu.undo")));
        }
        if (!stack.redoName().equals(shownRedo)) {
            shownRedo = stack.redoName();
            redoText.set(shownRedo.map(n -> messages.format("menu.redoNamed", messages.get(n)))
                    .orElse(messages.get("menu.redo")));
        }
        canUndo.set(stack.canUndo() && !session.isReadOnly());
        canRedo.set(stack.canRedo() && !session.isReadOnly());
        // the flag is set before the state so that listeners of the state (autosave) see it
        dirty.set(stack.isDirty());
        if (project.get() != current) {
            Project before = project.get();
            changedFrom = before;
            changedTo = current;
            lastChange = ChangedClauses.between(before, current);
            draftCounts.count(current, changeSince(before, current));
            project.set(current);
            String now = draftCounts.clauses() + "/" + draftCounts.openThreads() + "/" + draftCounts.openBrackets();
            if (!now.equals(shownCounts)) {
                shownCounts = now;
                counts.set(messages.format("status.counts", draftCounts.clauses(), draftCounts.openThreads(),
                        draftCounts.openBrackets()));
            }
        }
    }

    /**
     * The clauses (and thread lists) that differ between {@code before} and the current state, or empty when more
     * than clauses changed (see {@link ChangedClauses}). A keystroke makes a new state of thousands of clauses: the
     * panels that follow the state ask here, and the two states are compared once, not once per panel.
     */
    public java.util.Optional<java.util.Set<String>> changeSince(Project before) {
        return changeSince(before, project.get());
    }

    /** As {@link #changeSince(Project)}, up to the state {@code after} a listener was told of. */
    public java.util.Optional<java.util.Set<String>> changeSince(Project before, Project after) {
        if (before != null && before == changedFrom && after == changedTo) {
            return lastChange;
        }
        return ChangedClauses.between(before, after);
    }

    /** The numbers of the current outline, computed once per outline rather than once per keystroke. */
    public org.clausewright.model.Numbering numbering() {
        Project current = project.get();
        if (current.outline() != numberedOutline) {
            numberedOutline = current.outline();
            numbering = numberedOutline.numbering();
        }
        return numbering;
    }

    public ProjectSession session() {
        return session;
    }

    public Messages messages() {
        return messages;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public Background background() {
        return background;
    }

    /** The name annotations and versions are signed with. */
    public String member() {
        return member;
    }

    public boolean isReadOnly() {
        return session.isReadOnly();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project;
    }

    public Project project() {
        return project.get();
    }

    public StringProperty selectedClauseIdProperty() {
        return selectedClauseId;
    }

    /** The annotation thread picked in the review panel; the editor highlights its words. */
    public StringProperty selectedThreadIdProperty() {
        return selectedThreadId;
    }

    public IntegerProperty selectionStartProperty() {
        return selectionStart;
    }

    public IntegerProperty selectionEndProperty() {
        return selectionEnd;
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Says that this window recorded, restored, imported or marked something in the project's history. */
    public void versionsChanged() {
        versionsChanged.set(versionsChanged.get() + 1);
    }

    /** Counts {@link #versionsChanged()}: the History list reads the versions again on each. */
    public javafx.beans.property.ReadOnlyIntegerProperty versionsChangedProperty() {
        return versionsChanged.getReadOnlyProperty();
    }

    /** "24 clauses · 7 open threads · 3 open brackets". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
