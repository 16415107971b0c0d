package org.clausewright.ui;

import javafx.geometry.Rectangle2D;

import java.util.List;

/**
 * Where the window opens: where it was last time, as long as that still fits a screen. A size saved on a
 * larger monitor, or a place on a monitor since unplugged, would open the window partly or wholly out of
 * sight (and, on a small screen, larger than the screen, which some platforms cannot draw).
 */
final class WindowPlacement {
    private WindowPlacement() {
    }

    /**
     * {@code saved} (x, y, width, height) moved and shrunk onto the screen it
     * overlaps most, or onto {@code screens}' first (the primary) when it overlaps none.
     */
    static double[] fit(double[] saved, List<Rectangle2D> screens) {
        Rectangle2D screen = screens.get(0);
        double best = 0;
        for (Rectangle2D s : screens) {
            double overlap = overlap(saved, s);
            if (overlap > best) {
                best = overlap;
                screen = s;
            }
        }
        double width = Math.min(saved[2], screen.getWidth());
        double height = Math.min(saved[3], screen.getHeight());
        double x = clamp(saved[0], screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(saved[1], screen.getMinY(), screen.getMaxY() - height);
        return new double[] {x, y, width, height};
    }

    private static double overlap(double[] b, Rectangle2D s) {
        double w = Math.min(b[0] + b[2], s.getMaxX()) - Math.max(b[0], s.getMinX());
        double h = Math.min(b[1] + b[3], s.getMaxY()) - Math.max(b[1], s.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
