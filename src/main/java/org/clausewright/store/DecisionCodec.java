package org.clausewright.store;

import com.fasterxml.jackson.core.JsonGenerator;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Decision;
import org.clausewright.model.DecisionKind;
import org.clausewright.model.Extras;
import org.clausewright.model.Ids;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A clause's {@code decisions}, oldest first: the log is only appended to, so a new decision is new lines at the
 * end of the list and never touches the lines of the ones before it.
 */
final class DecisionCodec {
    /** The decision a schema-1 file's {@code status} becomes: the same id on every site that reads the file. */
    static final String SCHEMA_1_ID = "d-schema-1";

    private DecisionCodec() {
    }

    static void write(JsonGenerator g, List<Decision> decisions) throws IOException {
        g.writeArrayFieldStart("decisions");
        for (Decision d : decisions) {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            if (d.time() == null) {
                g.writeNullField("time");
            } else {
                g.writeStringField("time", d.time().toString());
            }
            g.writeStringField("recordedBy", d.recordedBy());
            g.writeStringField("meeting", d.meeting());
            g.writeStringField("requestedBy", d.requestedBy());
            JsonFormat.writeValue(g, d.extras(), "kind", d.kind().key());
            JsonFormat.writeValue(g, d.extras(), "from", d.from().key());
            JsonFormat.writeValue(g, d.extras(), "to", d.to().key());
            g.writeStringField("bracket", d.bracket());
            if (d.extras().value("chosen") == null) {
                BracketCodec.writeChosen(g, d.chosen());
            } else {
                g.writeFieldName("chosen");
                JsonFormat.writeKept(g, d.extras().value("chosen"));
            }
            g.writeStringField("note", d.note());
            JsonFormat.writeExtras(g, d.extras());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static List<Decision> read(Fields clause) {
        if (!clause.has("decisions")) {
            clause.raw("decisions");
            return List.of();
        }
        List<Decision> result = new ArrayList<>();
        for (Fields d : clause.objects("decisions", "a decision")) {
            Decision decision = decision(d);
            if (decision != null) {
                result.add(decision);
            }
        }
        return result;
    }

    /** What a schema-1 file's {@code status} says, as the one decision that led there (none for proposed). */
    static List<Decision> fromSchema1(ClauseStatus status) {
        return status == ClauseStatus.PROPOSED ? List.of()
                : List.of(Decision.status(SCHEMA_1_ID, null, "", "", "", ClauseStatus.PROPOSED, status,
                "Status carried over from schema version 1"));
    }

    private static Decision decision(Fields d) {
        String id = Schema.id(d, "id", "decision");
        Instant time = d.optionalInstant("time");
        String recordedBy = d.optionalString("recordedBy", "");
        String meeting = optionalId(d, "meeting", "meeting");
        String requestedBy = optionalId(d, "requestedBy", "delegation");
        String kindKey = d.string("kind");
        DecisionKind kind = DecisionKind.fromKey(kindKey).orElse(null);
        ClauseStatus from = status(d, "from");
        ClauseStatus to = status(d, "to");
        String bracket = d.optionalString("bracket", "");
        Integer chosen = d.optionalInteger("chosen");
        String note = d.optionalString("note", "");
        boolean consistent;
        if (kind == null && d.has("kind") && d.raw("kind").isTextual() && !kindKey.isEmpty()) {
            kind = standIn(d, kindKey, bracket, chosen);
            consistent = true;
        } else {
            if (kind == null && d.has("kind") && d.raw("kind").isTextual()) {
                d.problem("kind", "`kind` must be one of " + Arrays.stream(DecisionKind.values())
                        .map(DecisionKind::key).collect(Collectors.joining(", ")) + ", not \"\"");
            }
            consistent = kind == null || consistent(d, kind, bracket, chosen);
        }
        Extras extras = d.finish();
        if (id == null || kind == null || from == null || to == null || !consistent) {
            return null;
        }
        return new Decision(id, time, recordedBy, meeting, requestedBy, kind, from, to, bracket,
                kind == DecisionKind.BRACKET_CLEANED ? chosen : -1, note, extras);
    }

    /**
     * What a decision of a kind a newer version added is handled as: a bracket cleaned when it names a bracket and
     * an option, else a status decision (its {@code from} and {@code to} still give the clause's status). Its own
     * kind, and an option it names, are kept for the file.
     */
    private static DecisionKind standIn(Fields d, String kindKey, String bracket, Integer chosen) {
        boolean cleaned = chosen != null && chosen >= 0 && !bracket.isEmpty() && Ids.isValid(bracket);
        DecisionKind kind = cleaned ? DecisionKind.BRACKET_CLEANED : DecisionKind.STATUS;
        d.keepValue("kind", "handled as a " + kind.key() + " decision and shown as \"" + kindKey + "\"");
        if (!cleaned && d.has("chosen")) {
            d.keepValue("chosen", null);
        }
        return kind;
    }

    private static boolean consistent(Fields d, DecisionKind kind, String bracket, Integer chosen) {
        boolean ok = true;
        if (kind != DecisionKind.STATUS && bracket.isEmpty()) {
            d.problem(d.has("bracket") ? "bracket" : null, "a " + kind.key()
                    + " decision names its `bracket` (the id of the bracket cleaned or deleted)");
            ok = false;
        } else if (!bracket.isEmpty() && !Ids.isValid(bracket)) {
            d.problem("bracket", "bracket id \"" + bracket + "\" is not allowed: use 1 to " + Ids.MAX_LENGTH
                    + " lower-case letters, digits or '-'");
            ok = false;
        }
        if (kind == DecisionKind.BRACKET_CLEANED && (chosen == null || chosen < 0)) {
            d.problem(chosen == null ? null : "chosen", "a bracket-cleaned decision's `chosen` must be the number of"
                    + " the option agreed, counted from 0" + (chosen == null ? "" : ", not " + chosen));
            ok = false;
        } else if (kind != DecisionKind.BRACKET_CLEANED && chosen != null) {
            d.problem("chosen", "only a bracket-cleaned decision chooses an option: `chosen` must be null");
            ok = false;
        }
        return ok;
    }

    /**
     * A status; one a newer version added is kept for the file and handled as under discussion meanwhile (neither
     * agreed nor withdrawn: nothing is adopted or hidden on the strength of a word this version does not know).
     */
    private static ClauseStatus status(Fields d, String key) {
        String value = d.string(key);
        ClauseStatus status = ClauseStatus.fromKey(value).orElse(null);
        if (status == null && d.has(key) && d.raw(key).isTextual() && !value.isEmpty()) {
            d.keepValue(key, "handled as " + ClauseStatus.UNDER_DISCUSSION.key() + " and shown as \"" + value
                    + "\"");
            return ClauseStatus.UNDER_DISCUSSION;
        }
        if (status == null && d.has(key) && d.raw(key).isTextual()) {
            d.problem(key, "`" + key + "` must be one of " + ClauseStatus.allKeys() + ", not \"\"");
        }
        return status;
    }

    /** An id that may be empty ("" when the decision names no meeting or delegation). */
    private static String optionalId(Fields d, String key, String what) {
        String id = d.optionalString(key, "");
        return id.isEmpty() ? id : Schema.checkId(d, key, id, what) == null ? "" : id;
    }
}
