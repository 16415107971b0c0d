package org.clausewright.model;

import java.util.List;
import java.util.Objects;

/**
 * One clause. {@code text} holds paragraphs separated by '\n'; sub-items ("(a) …") are paragraphs too.
 * Its number is not here: it comes from the clause's place in the {@link Outline}.
 *
 * @param alternativeOf the id of the clause this one is an alternative wording of, or null
 */
public record Clause(String id, String heading, String text, String category, List<String> tags,
                     ClauseStatus status, String rationale, List<String> sources, String alternativeOf) {
    public Clause {
        Ids.require(id, "clause");
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
        category = category == null ? "" : category;
        tags = List.copyOf(tags);
        Objects.requireNonNull(status, "status");
        rationale = rationale == null ? "" : rationale;
        sources = List.copyOf(sources);
        if (alternativeOf != null && alternativeOf.isEmpty()) {
            alternativeOf = null;
        }
    }

    public static Clause of(String id, String heading, String text) {
        return new Clause(id, heading, text, "", List.of(), ClauseStatus.PROPOSED, "", List.of(), null);
    }

    public List<String> paragraphs() {
        return List.of(text.split("\n", -1));
    }

    public Clause withHeading(String value) {
        return new Clause(id, value, text, category, tags, status, rationale, sources, alternativeOf);
    }

    public Clause withText(String value) {
        return new Clause(id, heading, value, category, tags, status, rationale, sources, alternativeOf);
    }

    public Clause withStatus(ClauseStatus value) {
        return new Clause(id, heading, text, category, tags, value, rationale, sources, alternativeOf);
    }

    public Clause withCategory(String value) {
        return new Clause(id, heading, text, value, tags, status, rationale, sources, alternativeOf);
    }

    public Clause withTags(List<String> value) {
        return new Clause(id, heading, text, category, value, status, rationale, sources, alternativeOf);
    }

    public Clause withRationale(String value) {
        return new Clause(id, heading, text, category, tags, status, value, sources, alternativeOf);
    }

    public Clause withSources(List<String> value) {
        return new Clause(id, heading, text, category, tags, status, rationale, value, alternativeOf);
    }

    public Clause withId(String value) {
        return new Clause(value, heading, text, category, tags, status, rationale, sources, alternativeOf);
    }

    public Clause withAlternativeOf(String value) {
        return new Clause(id, heading, text, category, tags, status, rationale, sources, value);
    }
}
