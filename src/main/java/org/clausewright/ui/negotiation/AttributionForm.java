package org.clausewright.ui.negotiation;

import org.clausewright.model.BracketOption;

/**
 * Where a delegation stands on one option, as asked for in the Attribute dialog.
 *
 * @param stance null takes the delegation off the option
 */
public record AttributionForm(int option, String delegation, BracketOption.Stance stance) {
}
