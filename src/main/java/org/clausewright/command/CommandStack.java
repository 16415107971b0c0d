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
     * project was saved before it, it is saved after it too, in one step that no edit can slip into. The steps
     * waiting to be redone are carried over it ({@code carry}), so a Redo that does not touch what came in still
     * applies, the change kept; the first that does, and every one after it, can no longer be redone.
     */
    public Outside executeAsSaved(Command command, Carry carry) {
        return executeOutside(command, carry, true);
    }

    /** As {@link #executeAsSaved}, for a change merged with unsaved edits: the project stays unsaved. */
    public Outside executeOutside(Command command, Carry carry) {
        return executeOutside(command, carry, false);
    }

    private Outside executeOutside(Command command, Carry carry, boolean keepSaved) {
        Optional<String> ended;
        synchronized (this) {
            boolean wasSaved = current == saved;
            Project before = current;
            Project after = command.apply(before);
            if (after == before) {
                return new Outside(current, Optional.empty());
            }
            undo.push(new Entry(command, before, after, clock.getAsLong()));
            ended = carryRedo(before, after, carry);
            // typing after this starts a step of its own: undo then takes back the typing, not the outside change
            mergeBroken = true;
            current = after;
            if (wasSaved && keepSaved) {
                saved = after;
            }
        }
        fire();
        return new Outside(current(), ended);
    }

    // each step to redo, next first, gets the change that came in; each starts where the one before it ends
    private Optional<String> carryRedo(Project from, Project to, Carry carry) {
        List<Entry> kept = new ArrayList<>();
        Optional<String> ended = Optional.empty();
        Project oldEnd = from;
        Project newEnd = to;
        for (Entry entry : redo) {
            Optional<States> carried = carry.over(from, to, new States(entry.before, entry.after));
            if (carried.isEmpty()) {
                ended = Optional.of(entry.command.name());
                break;
            }
            Project before = entry.before == oldEnd ? newEnd : carried.get().before();
            kept.add(new Entry(entry.command, before, carried.get().after(), entry.time));
            oldEnd = entry.after;
            newEnd = carried.get().after();
        }
        redo.clear();
        redo.addAll(kept);
        return ended;
    }

    /** A step's states before and after it. */
    public record States(Project before, Project after) {
    }

    /**
     * How a change that came from outside ({@code from} → {@code to}) is carried over a step waiting to be redone.
     */
    public interface Carry {
        /** The step's states with the change in them; empty when the step changes what the change changed. */
        Optional<States> over(Project from, Project to, States step);
    }

    /**
     * What taking in an outside change did: the state now, and the name key of the first undone step it ended
     * (its redo would have put back what the change replaced), if any.
     */
    public record Outside(Project state, Optional<String> redoEnded) {
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
