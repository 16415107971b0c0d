package org.clausewright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One alternative wording of a bracket. An empty text is "no text", as in UN practice: the passage would be
 * dropped. The lists hold delegation ids; a delegation stands in at most one of them.
 */
public record BracketOption(String text, List<String> proposedBy, List<String> supportedBy, List<String> opposedBy,
                            String note, Extras extras) {
    public BracketOption {
        text = text == null ? "" : text;
        proposedBy = List.copyOf(proposedBy);
        supportedBy = List.copyOf(supportedBy);
        opposedBy = List.copyOf(opposedBy);
        note = note == null ? "" : note;
        extras = extras == null ? Extras.NONE : extras;
    }

    public BracketOption(String text, List<String> proposedBy, List<String> supportedBy, List<String> opposedBy,
                          String note) {
        this(text, proposedBy, supportedBy, opposedBy, note, Extras.NONE);
    }

    /** An option typed as text, which nobody has been named for yet. */
    public static BracketOption unattributed(String text) {
        return new BracketOption(text, List.of(), List.of(), List.of(), "");
    }

    public boolean isNoText() {
        return text.isEmpty();
    }

    public BracketOption withText(String value) {
        return new BracketOption(value, proposedBy, supportedBy, opposedBy, note, extras);
    }

    public BracketOption withNote(String value) {
        return new BracketOption(text, proposedBy, supportedBy, opposedBy, value, extras);
    }

    /** Where {@code delegation} stands on this option, or null when it has said nothing. */
    public Stance stanceOf(String delegation) {
        if (proposedBy.contains(delegation)) {
            return Stance.PROPOSES;
        }
        if (supportedBy.contains(delegation)) {
            return Stance.SUPPORTS;
        }
        return opposedBy.contains(delegation) ? Stance.OPPOSES : null;
    }

    /** The option with {@code delegation} moved to {@code stance}; null takes it off the option. */
    public BracketOption withStance(String delegation, Stance stance) {
        List<String> proposed = without(proposedBy, delegation);
        List<String> supported = without(supportedBy, delegation);
        List<String> opposed = without(opposedBy, delegation);
        if (stance == Stance.PROPOSES) {
            proposed.add(delegation);
        } else if (stance == Stance.SUPPORTS) {
            supported.add(delegation);
        } else if (stance == Stance.OPPOSES) {
            opposed.add(delegation);
        }
        return new BracketOption(text, proposed, supported, opposed, note, extras);
    }

    public boolean isAttributed() {
        return !proposedBy.isEmpty() || !supportedBy.isEmpty() || !opposedBy.isEmpty();
    }

    private static List<String> without(List<String> ids, String id) {
        List<String> copy = new ArrayList<>(ids);
        copy.remove(id);
        return copy;
    }

    /** What a delegation says of an option. */
    public enum Stance {
        PROPOSES("proposed"), SUPPORTS("supports"), OPPOSES("opposes");

        private final String key;

        Stance(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static java.util.Optional<Stance> fromKey(String key) {
            for (Stance s : values()) {
                if (s.key.equals(key)) {
                    return java.util.Optional.of(s);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
