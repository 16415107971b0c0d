package org.clausewright.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times an interaction as the UI thread spends it: the event's own work, then the CSS and layout pass of
 * the pulse that follows (measured between the scene's pre- and post-layout pulse listeners).
 */
final class PulseTimer {
    private final AtomicInteger pulses = new AtomicInteger();
    private volatile long pulseStart;
    private volatile double lastPulseMillis;

    PulseTimer(Scene scene) {
        Platform.runLater(() -> {
            scene.addPreLayoutPulseListener(() -> pulseStart = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                lastPulseMillis = (System.nanoTime() - pulseStart) / 1e6;
                pulses.incrementAndGet();
            });
        });
    }

    /** Milliseconds of UI-thread work for {@code action}; its own part is added to {@code eventOnly}. */
    double time(EditorWindow window, Runnable action, List<Double> eventOnly) {
        double[] own = new double[1];
        int[] before = new int[1];
        window.robot.interact(() -> {
            before[0] = pulses.get();
            long t = System.nanoTime();
            action.run();
            own[0] = (System.nanoTime() - t) / 1e6;
            Platform.requestNextPulse();
        });
        try {
            window.waitFor(5, () -> pulses.get() > before[0]);
        } catch (Exception e) {
            throw new IllegalStateException("no pulse after the interaction", e);
        }
        if (eventOnly != null) {
            eventOnly.add(own[0]);
        }
        return own[0] + lastPulseMillis;
    }
}
