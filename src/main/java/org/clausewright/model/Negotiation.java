package org.clausewright.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The rules of negotiating practice over one clause: a status comes only with a decision, no clause with an open
 * bracket is agreed, and cleaning a bracket puts the chosen wording in the text and writes a decision.
 */
public final class Negotiation {
    private Negotiation() {
    }

    /** Who recorded a decision, when, at which meeting, at whose request and why. */
    public record Context(Instant time, String recordedBy, String meeting, String requestedBy, String note) {
        public Context {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * The clause with a decision moving it to {@code to}.
     *
     * @throws NegotiationException when {@code to} settles the wording while a bracket is open, naming them
     */
    public static Clause decide(Clause clause, ClauseStatus to, Context context) throws NegotiationException {
        if (to.needsCleanText()) {
            List<String> open = openBrackets(clause);
            if (!open.isEmpty()) {
                throw new NegotiationException("\"" + clause.heading() + "\" cannot be " + to.key() + " while "
                        + (open.size() == 1 ? "a bracket is" : open.size() + " brackets are") + " open: "
                        + String.join("; ", open) + ". Clean or delete them first.");
            }
        }
        return clause.withDecision(Decision.status(Decision.newId(), context.time(), context.recordedBy(),
                context.meeting(), context.requestedBy(), clause.status(), to, context.note()));
    }

    /**
     * The clause with bracket {@code bracketId} cleaned: option {@code option} becomes the text where the bracket
     * stood. An option of no text removes the passage, as {@link #delete} does.
     */
    public static Clause clean(Clause clause, String bracketId, int option, Context context)
            throws NegotiationException {
        Bracket bracket = openBracket(clause, bracketId);
        if (option < 0 || option >= bracket.options().size()) {
            throw new NegotiationException("bracket " + bracketId + " has no option " + (option + 1));
        }
        BracketGroup group = BracketLayout.of(clause).groupOf(bracketId).orElseThrow();
        String text = replace(clause.text(), group, bracket.options().get(option).text());
        return BracketSync.reconcile(clause.withText(text).withBracket(bracket.cleaned(option)))
                .withDecision(new Decision(Decision.newId(), context.time(), context.recordedBy(), context.meeting(),
                        context.requestedBy(), DecisionKind.BRACKET_CLEANED, clause.status(), clause.status(),
                        bracketId, option, context.note()));
    }

    /** The clause with the passage of bracket {@code bracketId} dropped from the text. */
    public static Clause delete(Clause clause, String bracketId, Context context) throws NegotiationException {
        Bracket bracket = openBracket(clause, bracketId);
        BracketGroup group = BracketLayout.of(clause).groupOf(bracketId).orElseThrow();
        String text = replace(clause.text(), group, "");
        return BracketSync.reconcile(clause.withText(text).withBracket(bracket.deleted()))
                .withDecision(new Decision(Decision.newId(), context.time(), context.recordedBy(), context.meeting(),
                        context.requestedBy(), DecisionKind.BRACKET_DELETED, clause.status(), clause.status(),
                        bracketId, -1, context.note()));
    }

    /**
     * How many brackets of the clause are open, detached ones included: {@link #openBrackets}'s size, without
     * spelling out what the caller only counts.
     */
    public static int openBracketCount(Clause clause) {
        BracketLayout layout = BracketLayout.of(clause);
        return layout.groups().size() + layout.detached().size();
    }

    /** "b-1a2b3c4d [shall / should]" for each open bracket, detached ones included. */
    public static List<String> openBrackets(Clause clause) {
        BracketLayout layout = BracketLayout.of(clause);
        List<String> names = new java.util.ArrayList<>();
        for (int k = 0; k < layout.groups().size(); k++) {
            BracketGroup group = layout.groups().get(k);
            String id = layout.bracketAt(k).map(Bracket::id).orElse("typed");
            names.add(id + " " + describe(group.options()));
        }
        layout.detached().forEach(b -> names.add(b.id() + " " + describe(b.optionTexts()) + " (no longer in the text)"));
        return names;
    }

    /** "[shall / should]", with an empty option as "no text". */
    public static String describe(List<String> options) {
        return "[" + String.join(" / ", options.stream().map(o -> o.isEmpty() ? "no text" : o).toList()) + "]";
    }

    private static Bracket openBracket(Clause clause, String bracketId) throws NegotiationException {
        Bracket bracket = clause.bracket(bracketId).orElseThrow(() ->
                new NegotiationException("\"" + clause.heading() + "\" has no bracket " + bracketId));
        if (!bracket.isOpen()) {
            throw new NegotiationException("bracket " + bracketId + " is already " + bracket.state().key());
        }
        if (BracketLayout.of(clause).groupOf(bracketId).isEmpty()) {
            throw new NegotiationException("bracket " + bracketId + " " + describe(bracket.optionTexts())
                    + " is no longer in the text of \"" + clause.heading() + "\": type it again, or leave it");
        }
        return bracket;
    }

    // An emptied passage takes one of the spaces around it with it: "to [the] extent" → "to extent".
    private static String replace(String text, BracketGroup group, String with) {
        int start = group.start();
        int end = group.end();
        if (with.isEmpty()) {
            if (end < text.length() && text.charAt(end) == ' ' && (start == 0 || text.charAt(start - 1) == ' '
                    || text.charAt(start - 1) == '\n')) {
                end++;
            } else if (start > 0 && text.charAt(start - 1) == ' '
                    && (end == text.length() || ".,;:)\n".indexOf(text.charAt(end)) >= 0)) {
                start--;
            }
        }
        return text.substring(0, start) + with + text.substring(end);
    }
}
