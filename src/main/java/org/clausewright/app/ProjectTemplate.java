package org.clausewright.app;

/**
 * A starter project shipped in the jar for one dual-use field: its folder under resources/templates/, the draft's
 * title and the framework its clauses are mapped to.
 *
 * @param id        the field, as the command line and the window name it ("biology", "ai", "cyber", "space")
 * @param framework the id of the framework whose every element the starter clauses address
 */
public record ProjectTemplate(String id, String title, String framework) {
}
