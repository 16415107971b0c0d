package org.clausewright.ui.editor;

/** A range of the clause text drawn with a style class: an annotated passage, a bracket, the picked thread. */
public record Highlight(int start, int end, String styleClass) {
    public static final String ANCHOR = "anchor";
    public static final String ANCHOR_SELECTED = "anchor-selected";
    public static final String BRACKET = "bracket";
}
