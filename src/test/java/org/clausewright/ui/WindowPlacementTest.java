package org.clausewright.ui;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1024, 768);
    private static final Rectangle2D MONITOR = new Rectangle2D(1024, 0, 2560, 1440);

    @Test
    void aWindowThatFitsOpensWhereItWas() {
        assertThat(WindowPlacement.fit(new double[] {100, 50, 800, 600}, List.of(LAPTOP)))
                .containsExactly(100, 50, 800, 600);
    }

    @Test
    void aWindowSavedOnALargerScreenIsShrunkOntoThisOne() {
        // saved at 1440 x 900 with the title bar above the screen's top, then opened on a 1024 x 768 screen
        assertThat(WindowPlacement.fit(new double[] {0, -7, 1440, 900}, List.of(LAPTOP)))
                .containsExactly(0, 0, 1024, 768);
    }

    @Test
    void aWindowOnAMonitorSinceUnpluggedComesBackToThePrimaryScreen() {
        assertThat(WindowPlacement.fit(new double[] {1500, 200, 1600, 1000}, List.of(LAPTOP)))
                .containsExactly(0, 0, 1024, 768);
        assertThat(WindowPlacement.fit(new double[] {1500, 200, 1600, 1000}, List.of(LAPTOP, MONITOR)))
                .containsExactly(1500, 200, 1600, 1000);
    }

    @Test
    void aWindowHalfOffItsScreenIsMovedBackOntoIt() {
        assertThat(WindowPlacement.fit(new double[] {700, 500, 600, 400}, List.of(LAPTOP)))
                .containsExactly(424, 368, 600, 400);
    }
}
