package org.clausewright.command;

import org.clausewright.model.Project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The edits of one open project, for undo and redo. Each entry keeps the states before and after its
 * command, so undo is exact whatever the command did. The dirty flag compares the current state with the
 * one last saved (by identity: the model is immutable), so undoing back to it makes the project clean again.
 * Synchronized because autosave reads the current state from a background thread.
 */
public final class CommandStack {
    /** Typing that pauses longer than this starts a new undo step. */
    public static final long MERGE_WINDOW_MILLIS = 1500;

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final List<Steps> steps = new ArrayList<>();
    private final LongSupplier clock;
    private Project current;
    private Project saved;
    private boolean mergeBroken;

    public CommandStack(Project initial) {
        this(initial, System::currentTimeMillis);
    }

    public CommandStack(Project initial, LongSupplier clock) {
        this.current = Objects.requireNonNull(initial);
        this.saved = initial;
        this.clock = clock;
    }

    public synchronized Project current() {
        return current;
    }

    /** Applies the command; an edit that continues the last one (typing) joins its undo step. */
    public Project execute(Command command) {
        synchronized (this) {
            Project before = current;
            Project after = command.apply(before);
            if (after == before) {
                return current;
            }
            long now = clock.getAsLong();
            Entry last = undo.peek();
            if (last != null && !mergeBroken && now - last.time <= MERGE_WINDOW_MILLIS
                    && command.continues(last.command)) {
                undo.pop();
                undo.push(new Entry(command, last.before, after, now));
            } else {
                undo.push(new Entry(command, before, after, now));
            }
            mergeBroken = false;
            redo.clear();
            current = after;
        }
        fire();
        return current();
    }

    /**
     * Runs a command that brings in what the folder now holds (a change made by another program): when the
     * project was saved before it, it is saved after it too, in one step that no edit can slip into.
     */
    public Project executeAsSaved(Command command) {
        synchronized (this) {
            boolean wasSaved = current == saved;
            Project before = current;
            Project after = command.apply(before);
            if (after == before) {
                return current;
            }
            undo.push(new Entry(command, before, after, clock.getAsLong()));
            redo.clear();
            // typing after this starts a step of its own: undo then takes back the typing, not the outside change
            mergeBroken = true;
            current = after;
            if (wasSaved) {
                saved = after;
            }
        }
        fire();
        return current();
    }

    public Project undo() {
        Entry entry;
        synchronized (this) {
            entry = undo.poll();
            if (entry == null) {
                return current;
            }
            redo.push(entry);
            current = entry.before;
            mergeBroken = true;
        }
        fire();
        steps().forEach(s -> s.undone(entry.command));
        return current();
    }

    public Project redo() {
        Entry entry;
        synchronized (this) {
            entry = redo.poll();
            if (entry == null) {
                return current;
            }
            undo.push(entry);
            current = entry.after;
            mergeBroken = true;
        }
        fire();
        steps().forEach(s -> s.redone(entry.command));
        return current();
    }

    /**
     * Told which command an undo takes back and a redo does again, for what keeps its own record of an edit
     * (a conflict chosen in Merge results waits again when its choice is undone).
     */
    public interface Steps {
        void undone(Command command);

        void redone(Command command);
    }

    public synchronized void addSteps(Steps listener) {
        steps.add(listener);
    }

    public synchronized void removeSteps(Steps listener) {
        steps.remove(listener);
    }

    private synchronized List<Steps> steps() {
        return List.copyOf(steps);
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The name key of the command that undo would take back. */
    public synchronized Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(e -> e.command.name());
    }

    public synchronized Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(e -> e.command.name());
    }

    /** Ends the current undo step, so that the next keystroke starts a new one (e.g. the clause changed). */
    public synchronized void breakMerge() {
        mergeBroken = true;
    }

    /** Forgets all edits: the project is {@code state}, as saved (a read-only project re-read from disk). */
    public void reset(Project state) {
        synchronized (this) {
            undo.clear();
            redo.clear();
            current = Objects.requireNonNull(state);
            saved = state;
        }
        fire();
    }

    /** Notes that {@code state} is what the folder now holds. */
    public void markSaved(Project state) {
        synchronized (this) {
            saved = Objects.requireNonNull(state);
        }
        fire();
    }

    public synchronized Project saved() {
        return saved;
    }

    public synchronized boolean isDirty() {
        return current != saved;
    }

    /** Called after every change of state, undo/redo names or dirty flag, on the thread that made it. */
    public synchronized void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public synchronized void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        List<Runnable> copy;
        synchronized (this) {
            copy = List.copyOf(listeners);
        }
        copy.forEach(Runnable::run);
    }

    private record Entry(Command command, Project before, Project after, long time) {
    }
}
