package org.clausewright.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What opening a project repaired on its own (a git lock left by a crash, an import finished after a kill),
 * told to the member. The project may be read before the window exists (while JavaFX starts), so notices are
 * kept until the window can show them, then passed on as they come. Safe from any thread.
 */
final class Notices implements Consumer<String> {
    private final List<String> waiting = new ArrayList<>();
    private Consumer<String> shown;

    @Override
    public void accept(String notice) {
        Consumer<String> target;
        synchronized (this) {
            if (shown == null) {
                waiting.add(notice);
                return;
            }
            target = shown;
        }
        target.accept(notice);
    }

    /** From now on notices go to {@code target}, the ones kept so far first. */
    void showIn(Consumer<String> target) {
        List<String> kept;
        synchronized (this) {
            shown = target;
            kept = List.copyOf(waiting);
            waiting.clear();
        }
        kept.forEach(target);
    }
}
