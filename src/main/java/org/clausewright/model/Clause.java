package org.clausewright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One clause. {@code text} holds paragraphs separated by '\n'; sub-items ("(a) …") are paragraphs too.
 * Its number is not here: it comes from the clause's place in the {@link Outline}. Its status is not here
 * either: it follows from its decision log.
 *
 * @param alternativeOf the id of the clause this one is an alternative wording of, or null
 * @param brackets      its brackets: the open ones in the order the text shows them (see {@link BracketLayout}),
 *                      then any detached, then the cleaned and deleted ones
 * @param addresses     the elements of frameworks it addresses, each (framework, element) once, in the order chosen
 * @param decisions     its decision log, oldest first
 * @param extras        what a newer Clausewright wrote in its file that this one does not know, kept as it was
 */
public record Clause(String id, String heading, String text, String category, List<String> tags,
                     String rationale, List<String> sources, List<Address> addresses, String alternativeOf,
                     List<Bracket> brackets, List<Decision> decisions, Extras extras) {
    public Clause {
        Ids.require(id, "clause");
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
        category = category == null ? "" : category;
        tags = List.copyOf(tags);
        rationale = rationale == null ? "" : rationale;
        sources = List.copyOf(sources);
        addresses = List.copyOf(addresses);
        if (alternativeOf != null && alternativeOf.isEmpty()) {
            alternativeOf = null;
        }
        brackets = List.copyOf(brackets);
        decisions = List.copyOf(decisions);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Clause(String id, String heading, String text, String category, List<String> tags, String rationale,
                  List<String> sources, String alternativeOf, List<Bracket> brackets, List<Decision> decisions,
                  Extras extras) {
        this(id, heading, text, category, tags, rationale, sources, List.of(), alternativeOf, brackets, decisions,
                extras);
    }

    public Clause(String id, String heading, String text, String category, List<String> tags, String rationale,
                  List<String> sources, String alternativeOf, List<Bracket> brackets, List<Decision> decisions) {
        this(id, heading, text, category, tags, rationale, sources, List.of(), alternativeOf, brackets, decisions,
                Extras.NONE);
    }

    public static Clause of(String id, String heading, String text) {
        return new Clause(id, heading, text, "", List.of(), "", List.of(), null, List.of(), List.of());
    }

    /** The status its latest decision gave it; proposed when it has none. */
    public ClauseStatus status() {
        return decisions.isEmpty() ? ClauseStatus.PROPOSED : decisions.get(decisions.size() - 1).to();
    }

    /**
     * The status as its file names it when this version does not know that word (a status a newer Clausewright
     * added): shown as it is, while {@link #status()} gives what this version handles it as.
     */
    public Optional<String> unknownStatus() {
        return decisions.isEmpty() ? Optional.empty()
                : Optional.ofNullable(decisions.get(decisions.size() - 1).extras().word("to"));
    }

    public List<String> paragraphs() {
        return List.of(text.split("\n", -1));
    }

    public Optional<Bracket> bracket(String bracketId) {
        return brackets.stream().filter(b -> b.id().equals(bracketId)).findFirst();
    }

    /** Open brackets as the text shows them (detached records not counted). */
    public int openBracketCount() {
        return BracketLayout.groups(text).size();
    }

    public Clause withHeading(String value) {
        return new Clause(id, value, text, category, tags, rationale, sources, addresses, alternativeOf, brackets,
                decisions, extras);
    }

    /** The text alone; callers that edit wording run {@link BracketSync#reconcile} on the result. */
    public Clause withText(String value) {
        return new Clause(id, heading, value, category, tags, rationale, sources, addresses, alternativeOf, brackets,
                decisions, extras);
    }

    public Clause withCategory(String value) {
        return new Clause(id, heading, text, value, tags, rationale, sources, addresses, alternativeOf, brackets,
                decisions, extras);
    }

    public Clause withTags(List<String> value) {
        return new Clause(id, heading, text, category, value, rationale, sources, addresses, alternativeOf, brackets,
                decisions, extras);
    }

    public Clause withRationale(String value) {
        return new Clause(id, heading, text, category, tags, value, sources, addresses, alternativeOf, brackets,
                decisions, extras);
    }

    public Clause withSources(List<String> value) {
        return new Clause(id, heading, text, category, tags, rationale, value, addresses, alternativeOf, brackets,
                decisions, extras);
    }

    public Clause withAddresses(List<Address> value) {
        return new Clause(id, heading, text, category, tags, rationale, sources, value, alternativeOf, brackets,
                decisions, extras);
    }

    /** Whether it names {@code element} of {@code framework}, fully or partly. */
    public Optional<Address> address(String framework, String element) {
        return addresses.stream().filter(a -> a.isOf(framework, element)).findFirst();
    }

    public Clause withId(String value) {
        return new Clause(value, heading, text, category, tags, rationale, sources, addresses, alternativeOf, brackets,
                decisions, extras);
    }

    /** The unknown keys and values kept from its file (for a copy that is to keep them, or a merge). */
    public Clause withExtras(Extras value) {
        return new Clause(id, heading, text, category, tags, rationale, sources, addresses, alternativeOf, brackets,
                decisions, value);
    }

    public Clause withAlternativeOf(String value) {
        return new Clause(id, heading, text, category, tags, rationale, sources, addresses, value, brackets, decisions,
                extras);
    }

    public Clause withBrackets(List<Bracket> value) {
        return new Clause(id, heading, text, category, tags, rationale, sources, addresses, alternativeOf, value,
                decisions, extras);
    }

    public Clause withBracket(Bracket value) {
        List<Bracket> copy = new ArrayList<>(brackets);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(value.id())) {
                copy.set(i, value);
                return withBrackets(copy);
            }
        }
        copy.add(value);
        return withBrackets(copy);
    }

    /** The log with {@code decision} appended; the only way a clause's status changes. */
    public Clause withDecision(Decision decision) {
        List<Decision> copy = new ArrayList<>(decisions);
        copy.add(decision);
        return new Clause(id, heading, text, category, tags, rationale, sources, addresses, alternativeOf, brackets, copy,
                extras);
    }

    /** A fresh start for a copy (an alternative wording): no decisions, so proposed. */
    public Clause withoutDecisions() {
        return new Clause(id, heading, text, category, tags, rationale, sources, addresses, alternativeOf, brackets,
                List.of(), extras);
    }
}
