package org.clausewright.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times an interaction as the UI thread spends it: the event's own work, then the CSS and layout pass of
 * the pulse that follows (measured between the scene's pre- and post-layout pulse listeners). Besides the
 * elapsed time it keeps the UI thread's CPU time for the same two parts: on a machine shared with other
 * work the elapsed time includes the moments the thread waited for a core, the CPU time does not.
 */
final class PulseTimer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final AtomicInteger pulses = new AtomicInteger();
    private volatile long pulseStart;
    private volatile long pulseCpuStart;
    private volatile double lastPulseMillis;
    private volatile double lastPulseCpuMillis;
    private volatile double lastCpuMillis;

    PulseTimer(Scene scene) {
        Platform.runLater(() -> {
            scene.addPreLayoutPulseListener(() -> {
                pulseStart = System.nanoTime();
                pulseCpuStart = THREADS.getCurrentThreadCpuTime();
            });
            scene.addPostLayoutPulseListener(() -> {
                lastPulseMillis = (System.nanoTime() - pulseStart) / 1e6;
                lastPulseCpuMillis = (THREADS.getCurrentThreadCpuTime() - pulseCpuStart) / 1e6;
                pulses.incrementAndGet();
            });
        });
    }

    /** Milliseconds of UI-thread work for {@code action}; its own part is added to {@code eventOnly}. */
    double time(EditorWindow window, Runnable action, List<Double> eventOnly) {
        double[] own = new double[2];
        int[] before = new int[1];
        window.robot.interact(() -> {
            before[0] = pulses.get();
            long t = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            action.run();
            own[0] = (System.nanoTime() - t) / 1e6;
            own[1] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
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
        lastCpuMillis = own[1] + lastPulseCpuMillis;
        return own[0] + lastPulseMillis;
    }

    /** The UI thread's CPU time for the interaction {@link #time} measured last: its event and its pulse. */
    double lastCpuMillis() {
        return lastCpuMillis;
    }
}
