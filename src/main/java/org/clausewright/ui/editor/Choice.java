package org.clausewright.ui.editor;

/**
 * One entry of a Details list: a category or source document as stored ({@code id}) and as shown
 * ({@code label}). {@code known} is false for an id the project does not define (a hand-edited clause file):
 * it is offered, labelled as unknown, so that the form never drops it silently.
 */
public record Choice(String id, String label, boolean known) {
}
