package org.clausewright.ui.coverage;

import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;

import java.util.List;

/** A small framework of the tests' own, so that they hold whatever frameworks the sample carries. */
public final class DemoFramework {
    private DemoFramework() {
    }

    /** Three elements: "1 Responsibility", "2 Oversight", "3 Education". */
    public static Framework of(String id, String shortTitle) {
        return new Framework(id, shortTitle + " for Testing Coverage", shortTitle, "biology", 2024, "The tests",
                "TEST/2024/1", "https://example.org/" + id, "", List.of(
                new FrameworkElement("1", "1", "Responsibility", "Scientists answer for the foreseeable uses."),
                new FrameworkElement("2", "2", "Oversight", "Institutions review work of concern."),
                new FrameworkElement("3", "3", "Education", "Training in dual-use issues.")), null);
    }
}
