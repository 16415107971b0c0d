package org.clausewright.model;

import java.util.List;

/**
 * A clause in one of the draft's target languages: its heading and paragraphs, with brackets negotiated as in the
 * source (the same {@link Bracket} records, kept in step with the text by {@link BracketSync}), and the source text
 * it was made from.
 *
 * @param clauseId the source clause
 * @param language a target language tag ({@link Languages#isValidTag})
 * @param madeFrom the source text this translation renders
 * @param extras   what a newer Clausewright wrote in its file that this one does not know, kept as it was
 * @param threads  comments on the translation's own words, from a review of its export; anchored in {@link #text}
 */
public record Translation(String clauseId, String language, String heading, String text, List<Bracket> brackets,
                          SourceStamp madeFrom, Extras extras, List<AnnotationThread> threads) {
    public Translation {
        Ids.require(clauseId, "clause");
        Languages.requireTag(language, "language");
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
        brackets = List.copyOf(brackets);
        madeFrom = madeFrom == null ? new SourceStamp("", "") : madeFrom;
        extras = extras == null ? Extras.NONE : extras;
        threads = threads == null ? List.of() : List.copyOf(threads);
    }

    /** A translation no review has commented on. */
    public Translation(String clauseId, String language, String heading, String text, List<Bracket> brackets,
                       SourceStamp madeFrom, Extras extras) {
        this(clauseId, language, heading, text, brackets, madeFrom, extras, List.of());
    }

    /** A first translation of {@code source}, its typed brackets given records. */
    public static Translation of(Clause source, String language, String heading, String text, String version) {
        return new Translation(source.id(), language, heading, text, List.of(), SourceStamp.of(source, version),
                Extras.NONE).reconciled();
    }

    public List<String> paragraphs() {
        return List.of(text.split("\n", -1));
    }

    /** The translation as a clause of the negotiation model (heading, text, brackets), for the code that reads them. */
    public Clause asClause() {
        return Clause.of(clauseId, heading, text).withBrackets(brackets);
    }

    /** The bracket records made to follow the text, as a clause's are when it is read or edited. */
    public Translation reconciled() {
        Clause synced = BracketSync.reconcile(asClause());
        return synced.brackets().equals(brackets) ? this : withBrackets(synced.brackets());
    }

    public Translation withHeading(String value) {
        return new Translation(clauseId, language, value, text, brackets, madeFrom, extras, threads);
    }

    /**
     * The text alone; callers that edit wording call {@link #reconciled()} on the result. Comments on the
     * translation follow their words, as a clause's threads do when its text is edited.
     */
    public Translation withText(String value) {
        List<AnnotationThread> moved = threads.isEmpty() || value.equals(text) ? threads
                : AnchorRelocator.relocateAll(text, value, threads).threads();
        return new Translation(clauseId, language, heading, value, brackets, madeFrom, extras, moved);
    }

    public Translation withBrackets(List<Bracket> value) {
        return new Translation(clauseId, language, heading, text, value, madeFrom, extras, threads);
    }

    public Translation withMadeFrom(SourceStamp value) {
        return new Translation(clauseId, language, heading, text, brackets, value, extras, threads);
    }

    public Translation withExtras(Extras value) {
        return new Translation(clauseId, language, heading, text, brackets, madeFrom, value, threads);
    }

    public Translation withThreads(List<AnnotationThread> value) {
        return new Translation(clauseId, language, heading, text, brackets, madeFrom, extras, value);
    }
}
