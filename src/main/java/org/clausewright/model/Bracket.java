package org.clausewright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A passage of a clause that is not agreed, as data. While it is open, the clause text shows it as its options
 * in square brackets side by side ("[shall][should]"; "[]" is an option of no text) and {@link BracketLayout}
 * finds it there; once cleaned or deleted it stays here as the record of what was on the table.
 *
 * @param chosen the index of the option agreed, for a cleaned bracket; -1 otherwise
 */
public record Bracket(String id, BracketState state, List<BracketOption> options, int chosen, Extras extras) {
    public Bracket {
        Ids.require(id, "bracket");
        Objects.requireNonNull(state, "state");
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("bracket " + id + " has no option");
        }
        if (state == BracketState.CLEANED ? chosen < 0 || chosen >= options.size() : chosen != -1) {
            throw new IllegalArgumentException("bracket " + id + ": option " + chosen + " cannot be the chosen one"
                    + " of a bracket " + state.key() + " with " + options.size() + " options");
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public Bracket(String id, BracketState state, List<BracketOption> options, int chosen) {
        this(id, state, options, chosen, Extras.NONE);
    }

    /** A new open bracket of unattributed options, as typed. */
    public static Bracket typed(String id, List<String> optionTexts) {
        return new Bracket(id, BracketState.OPEN, optionTexts.stream().map(BracketOption::unattributed).toList(), -1);
    }

    /** A new bracket id, unique across sites without coordination. */
    public static String newId() {
        return Ids.random("b-");
    }

    /** The state as its file names it when this version does not know it; {@link #state()} is how it is handled. */
    public Optional<String> unknownState() {
        return Optional.ofNullable(extras.word("state"));
    }

    public boolean isOpen() {
        return state == BracketState.OPEN;
    }

    /** One option only: the passage is to be retained or deleted. */
    public boolean isRetainOrDelete() {
        return options.size() == 1;
    }

    public List<String> optionTexts() {
        return options.stream().map(BracketOption::text).toList();
    }

    /** How the text shows this bracket while open: "[a][b]". */
    public String asText() {
        StringBuilder sb = new StringBuilder();
        options.forEach(o -> sb.append('[').append(o.text()).append(']'));
        return sb.toString();
    }

    public Bracket withOptions(List<BracketOption> value) {
        return new Bracket(id, state, value, chosen, extras);
    }

    public Bracket withOption(int index, BracketOption value) {
        List<BracketOption> copy = new ArrayList<>(options);
        copy.set(index, value);
        return withOptions(copy);
    }

    public Bracket cleaned(int option) {
        return new Bracket(id, BracketState.CLEANED, options, option, extras.without("state"));
    }

    public Bracket deleted() {
        return new Bracket(id, BracketState.DELETED, options, -1, extras.without("state"));
    }

    public Bracket reopened() {
        return new Bracket(id, BracketState.OPEN, options, -1, extras.without("state"));
    }
}
