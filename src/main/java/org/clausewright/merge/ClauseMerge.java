package org.clausewright.merge;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Address;
import org.clausewright.model.Bracket;
import org.clausewright.model.Extras;
import org.clausewright.model.BracketGroup;
import org.clausewright.model.BracketLayout;
import org.clausewright.model.BracketOption;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.Negotiation;
import org.clausewright.model.TextAnchor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One clause present on both sides, merged field by field: the text word by word ({@link TextMerge}), with a
 * bracket where both sites changed the same words differently ({@link BracketMaker}); tags and sources as sets;
 * the bracket records by id ({@link BracketRecords}); the decision log as a union ({@link DecisionMerge}); the
 * threads as a union ({@link ThreadMerge}). Heading, category, rationale and alternativeOf changed differently on
 * both sites are listed as conflicts and hold ours: a heading is one line with no bracket records in the model, so
 * it cannot hold a bracket.
 */
final class ClauseMerge {
    private final MergeLog log;

    ClauseMerge(MergeLog log) {
        this.log = log;
    }

    /** The merged clause and its threads. {@code base} is an empty clause when both sides added the id. */
    Result merge(Clause base, Clause ours, Clause theirs, List<AnnotationThread> baseThreads,
                 List<AnnotationThread> oursThreads, List<AnnotationThread> theirsThreads) {
        String id = ours.id();
        if (ours.equals(theirs) && oursThreads.equals(theirsThreads)) {
            return new Result(ours, oursThreads);
        }
        String heading = field(id, "heading", base.heading(), ours.heading(), theirs.heading());
        String category = field(id, "category", base.category(), ours.category(), theirs.category());
        String rationale = words(id, "rationale", base.rationale(), ours.rationale(), theirs.rationale());
        String alternativeOf = field(id, "alternativeOf", Objects.toString(base.alternativeOf(), ""),
                Objects.toString(ours.alternativeOf(), ""), Objects.toString(theirs.alternativeOf(), ""));
        List<String> tags = ThreeWay.set(base.tags(), ours.tags(), theirs.tags());
        List<String> sources = ThreeWay.set(base.sources(), ours.sources(), theirs.sources());
        List<Address> addresses = AddressMerge.merge(base.addresses(), ours.addresses(), theirs.addresses());
        List<Bracket> records = new ArrayList<>(BracketRecords.merge(base.brackets(), ours.brackets(),
                theirs.brackets()));
        Set<String> takenBrackets = new HashSet<>();
        records.forEach(b -> takenBrackets.add(b.id()));

        StringBuilder text = new StringBuilder();
        Map<Bracket, int[]> made = new LinkedHashMap<>();
        List<TextMerge.Chunk.Disputed> disputes = new ArrayList<>();
        for (TextMerge.Chunk chunk : TextMerge.merge(base.text(), ours.text(), theirs.text())) {
            if (chunk instanceof TextMerge.Chunk.Agreed agreed) {
                text.append(agreed.text());
            } else if (chunk instanceof TextMerge.Chunk.Disputed dispute) {
                List<String> union = optionsOfOneBracket(dispute);
                if (union != null) {
                    text.append(OptionUnion.markup(union));
                    continue;
                }
                Bracket bracket = BracketMaker.make(id, dispute, log.ours, log.theirs, takenBrackets);
                int start = text.length();
                text.append(bracket.asText());
                made.put(bracket, new int[] {start, text.length()});
                disputes.add(dispute);
            }
        }
        String merged = text.toString();
        records.addAll(made.keySet());
        DecisionMerge.Result decisions = DecisionMerge.merge(base.decisions(), ours.decisions(), theirs.decisions(),
                base.status(), ours.status(), theirs.status());
        if (decisions.conflict()) {
            log.conflict(MergeConflict.Kind.STATUS, id, "status", base.status().key(), ours.status().key(),
                    theirs.status().key());
        }
        Clause clause = new Clause(id, heading, merged, category, tags, rationale, sources, addresses,
                alternativeOf.isEmpty() ? null : alternativeOf, inTextOrder(merged, records), decisions.log(),
                Extras.NONE);
        clause = BracketSync.reconcile(clause);

        List<AnnotationThread> threads = new ArrayList<>(ThreadMerge.merge(base.text(), ours.text(),
                theirs.text(), merged, baseThreads, oursThreads, theirsThreads, log));
        Set<String> takenThreads = new HashSet<>();
        threads.forEach(t -> takenThreads.add(t.id()));
        int k = 0;
        for (Map.Entry<Bracket, int[]> entry : made.entrySet()) {
            Bracket bracket = entry.getKey();
            TextMerge.Chunk.Disputed dispute = disputes.get(k++);
            TextAnchor anchor = TextAnchor.of(merged, entry.getValue()[0], entry.getValue()[1]);
            AnnotationThread thread = log.thread(List.of(id, bracket.id()), takenThreads, anchor,
                    needsDecision(bracket, dispute));
            threads.add(thread);
            log.bracketsMade.add(new BracketMade(id, bracket.id(), thread.id(), bracket.options(),
                    dispute.base().strip()));
        }
        return new Result(clause, threads);
    }

    private String field(String id, String name, String base, String ours, String theirs) {
        if (ThreeWay.conflicts(base, ours, theirs)) {
            log.conflict(MergeConflict.Kind.CLAUSE_FIELD, id, name, base, ours, theirs);
        }
        return ThreeWay.pick(base, ours, theirs);
    }

    /**
     * A prose field (the rationale) merged word by word as the text is: changes to different words are both kept.
     * Where both sites changed the same words differently it is listed, the two sides' values each holding the
     * other site's changes elsewhere, so either choice keeps them; the draft holds ours meanwhile. No bracket: the
     * rationale explains the clause and is not negotiated text.
     */
    private String words(String id, String name, String base, String ours, String theirs) {
        String settled = ThreeWay.oneSided(base, ours, theirs);
        if (settled != null) {
            return settled;
        }
        StringBuilder withOurs = new StringBuilder();
        StringBuilder withTheirs = new StringBuilder();
        for (TextMerge.Chunk chunk : TextMerge.merge(base, ours, theirs)) {
            if (chunk instanceof TextMerge.Chunk.Agreed agreed) {
                withOurs.append(agreed.text());
                withTheirs.append(agreed.text());
            } else if (chunk instanceof TextMerge.Chunk.Disputed dispute) {
                withOurs.append(dispute.ours());
                withTheirs.append(dispute.theirs());
            }
        }
        if (!withOurs.toString().equals(withTheirs.toString())) {
            log.conflict(MergeConflict.Kind.CLAUSE_FIELD, id, name, base, withOurs.toString(), withTheirs.toString());
        }
        return withOurs.toString();
    }

    // One open bracket that both sites edited differently stays one bracket, its options merged as its record is.
    private static List<String> optionsOfOneBracket(TextMerge.Chunk.Disputed dispute) {
        List<String> base = onlyBracket(dispute.base());
        List<String> ours = onlyBracket(dispute.ours());
        List<String> theirs = onlyBracket(dispute.theirs());
        if (base == null || ours == null || theirs == null) {
            return null;
        }
        return OptionUnion.texts(base, ours, theirs);
    }

    private static List<String> onlyBracket(String text) {
        List<BracketGroup> groups = BracketLayout.groups(text);
        if (groups.size() != 1 || groups.get(0).start() != 0 || groups.get(0).end() != text.length()) {
            return null;
        }
        return groups.get(0).options();
    }

    // BracketSync pairs records with the brackets the text shows in order; records are put in that order first.
    private static List<Bracket> inTextOrder(String text, List<Bracket> records) {
        List<Bracket> open = new ArrayList<>(records.stream().filter(Bracket::isOpen).toList());
        List<Bracket> ordered = new ArrayList<>();
        for (BracketGroup group : BracketLayout.groups(text)) {
            for (int i = 0; i < open.size(); i++) {
                if (open.get(i).optionTexts().equals(group.options())) {
                    ordered.add(open.remove(i));
                    break;
                }
            }
        }
        ordered.addAll(open);
        records.stream().filter(b -> !b.isOpen()).forEach(ordered::add);
        return ordered;
    }

    private String needsDecision(Bracket bracket, TextMerge.Chunk.Disputed dispute) {
        StringBuilder sb = new StringBuilder("merge: needs a decision. Both sites changed the same words ");
        sb.append(dispute.base().isBlank() ? "(added words at the same place)" : "\"" + dispute.base().strip() + "\"")
                .append(" differently: ");
        List<String> described = new ArrayList<>();
        for (BracketOption option : bracket.options()) {
            described.add(Negotiation.describe(List.of(option.text())) + " " + option.note().replace("merge: ", ""));
        }
        sb.append(String.join("; ", described)).append('.');
        return sb.toString();
    }

    record Result(Clause clause, List<AnnotationThread> threads) {
    }
}
