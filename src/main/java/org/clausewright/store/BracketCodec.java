package org.clausewright.store;

import com.fasterxml.jackson.core.JsonGenerator;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.BracketState;
import org.clausewright.model.Extras;
import org.clausewright.model.Ids;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A clause's {@code brackets}: one small object per bracket and per option, every key every time, so that
 * attributing an option or cleaning a bracket changes the lines of that option or bracket only.
 */
final class BracketCodec {
    private BracketCodec() {
    }

    static void write(JsonGenerator g, List<Bracket> brackets) throws IOException {
        g.writeArrayFieldStart("brackets");
        for (Bracket b : brackets) {
            g.writeStartObject();
            g.writeStringField("id", b.id());
            JsonFormat.writeValue(g, b.extras(), "state", b.state().key());
            g.writeArrayFieldStart("options");
            for (BracketOption o : b.options()) {
                g.writeStartObject();
                g.writeStringField("text", o.text());
                ClauseCodec.writeStrings(g, "proposedBy", o.proposedBy());
                ClauseCodec.writeStrings(g, "supportedBy", o.supportedBy());
                ClauseCodec.writeStrings(g, "opposedBy", o.opposedBy());
                g.writeStringField("note", o.note());
                JsonFormat.writeExtras(g, o.extras());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeChosen(g, b.chosen());
            JsonFormat.writeExtras(g, b.extras());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** An option's index from 0, or null when none is chosen. */
    static void writeChosen(JsonGenerator g, int chosen) throws IOException {
        if (chosen < 0) {
            g.writeNullField("chosen");
        } else {
            g.writeNumberField("chosen", chosen);
        }
    }

    /** The brackets of a clause file; a malformed one is a finding and is left out (the file is not opened). */
    static List<Bracket> read(Fields clause) {
        if (!clause.has("brackets")) {
            clause.raw("brackets");
            return List.of();
        }
        List<Bracket> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields b : clause.objects("brackets", "a bracket")) {
            Bracket bracket = bracket(b);
            if (bracket != null && !ids.add(bracket.id())) {
                b.problem("id", "bracket id \"" + bracket.id() + "\" is used twice in this clause");
            } else if (bracket != null) {
                result.add(bracket);
            }
        }
        return result;
    }

    private static Bracket bracket(Fields b) {
        String id = Schema.id(b, "id", "bracket");
        String stateKey = b.string("state");
        BracketState state = BracketState.fromKey(stateKey).orElse(null);
        if (state == null && b.has("state") && b.raw("state").isTextual() && !stateKey.isEmpty()) {
            // a state a newer version added: kept, and the bracket handled as open (or cleaned, with a choice)
            state = b.has("chosen") ? BracketState.CLEANED : BracketState.OPEN;
            b.keepValue("state", "handled as " + state.key() + " and shown as \"" + stateKey + "\"");
        } else if (state == null && b.has("state") && b.raw("state").isTextual()) {
            b.problem("state", "`state` must be one of " + Arrays.stream(BracketState.values())
                    .map(BracketState::key).collect(Collectors.joining(", ")) + ", not \"\"");
        }
        List<BracketOption> options = new ArrayList<>();
        for (Fields o : b.objects("options", "an option")) {
            options.add(option(o));
        }
        if (options.isEmpty() && b.has("options") && b.raw("options").isArray()) {
            b.problem("options", "a bracket needs at least one option (an option of no text is {\"text\": \"\"})");
        }
        Integer chosen = b.optionalInteger("chosen");
        boolean chosenOk = chosen(b, state, chosen, options.size());
        Extras extras = b.finish();
        if (id == null || state == null || options.isEmpty() || !chosenOk) {
            return null;
        }
        return new Bracket(id, state, options, chosen == null ? -1 : chosen, extras);
    }

    private static boolean chosen(Fields b, BracketState state, Integer chosen, int optionCount) {
        if (state == BracketState.CLEANED && (chosen == null || chosen < 0 || chosen >= optionCount)) {
            b.problem(chosen == null ? null : "chosen", "a cleaned bracket's `chosen` must be the number of one of "
                    + "its " + optionCount + " options, counted from 0" + (chosen == null ? " (it has none)"
                    : ", not " + chosen));
            return false;
        }
        if (state != null && state != BracketState.CLEANED && chosen != null) {
            b.problem("chosen", "a bracket that is " + state.key() + " has no chosen option: `chosen` must be null");
            return false;
        }
        return true;
    }

    private static BracketOption option(Fields o) {
        String text = o.string("text");
        List<String> proposed = delegations(o, "proposedBy");
        List<String> supported = delegations(o, "supportedBy");
        List<String> opposed = delegations(o, "opposedBy");
        String note = o.optionalString("note", "");
        return new BracketOption(text, proposed, supported, opposed, note, o.finish());
    }

    /** Delegation ids; whether the project lists them is a warning of {@link ProjectConsistency}. */
    private static List<String> delegations(Fields o, String key) {
        List<String> ids = o.optionalStrings(key);
        for (int i = 0; i < ids.size(); i++) {
            if (!Ids.isValid(ids.get(i))) {
                o.problem(key + "/" + i, "delegation id \"" + ids.get(i) + "\" is not allowed: use 1 to "
                        + Ids.MAX_LENGTH + " lower-case letters, digits or '-'");
            }
        }
        return ids;
    }
}
