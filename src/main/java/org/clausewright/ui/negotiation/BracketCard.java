package org.clausewright.ui.negotiation;

import java.util.List;

/**
 * One bracket of the selected clause as the Brackets panel shows it.
 *
 * @param title "b-1a2b3c4d [shall / should]"
 * @param state "" for an open bracket in the text, else what became of it (detached, cleaned, deleted)
 */
public record BracketCard(String id, String title, boolean open, boolean detached, String state,
                          List<OptionCard> options) {
    public BracketCard {
        options = List.copyOf(options);
    }

    /** One option: its words, and the short names of the delegations behind or against it. */
    public record OptionCard(String label, List<String> proposed, List<String> supports, List<String> opposes,
                             String note) {
        public OptionCard {
            proposed = List.copyOf(proposed);
            supports = List.copyOf(supports);
            opposes = List.copyOf(opposes);
            note = note == null ? "" : note;
        }
    }
}
