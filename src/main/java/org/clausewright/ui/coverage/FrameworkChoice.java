package org.clausewright.ui.coverage;

/** A framework of the project as a list offers it: its id, and its short title to show. */
public record FrameworkChoice(String id, String title) {
    @Override
    public String toString() {
        return title;
    }
}
