package org.clausewright.ui.editor;

/**
 * An element the Details form offers to address: "Tianjin Guidelines ▸ 3 Education and awareness", with its
 * summary as help; {@code gap} when no clause of the draft addresses it yet, and the label then says so.
 */
public record ElementChoice(String framework, String element, String label, String summary, boolean gap) {
    public ElementChoice(String framework, String element, String label, String summary) {
        this(framework, element, label, summary, false);
    }

    @Override
    public String toString() {
        return label;
    }
}
