package org.clausewright.ui.editor;

/**
 * An element the Details form offers to address: "Tianjin Guidelines ▸ 3 Education and awareness", with its
 * summary as help.
 */
public record ElementChoice(String framework, String element, String label, String summary) {
    @Override
    public String toString() {
        return label;
    }
}
