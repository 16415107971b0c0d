package org.clausewright.merge;

import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A clause's bracket records merged by id. A record both sites changed: a cleaning or deletion on one site wins
 * over the other site's edits of the open bracket (the decision is in the log; the words of the edit stay in the
 * text, see {@link ClauseMerge}); wording changed on both sites follows {@link OptionUnion}, the rule the text
 * follows; who proposes, supports or opposes each option is merged option by option, changes of both sites kept.
 */
final class BracketRecords {
    private static final java.util.Comparator<Bracket> ORDER = java.util.Comparator
            .comparing((Bracket b) -> b.state().ordinal()).thenComparingInt(Bracket::chosen);

    private BracketRecords() {
    }

    static List<Bracket> merge(List<Bracket> base, List<Bracket> ours, List<Bracket> theirs) {
        return ThreeWay.unionById(base, ours, theirs, Bracket::id, BracketRecords::record);
    }

    static Bracket record(Bracket base, Bracket ours, Bracket theirs) {
        Bracket settled = ThreeWay.oneSided(base, ours, theirs);
        if (settled != null) {
            return settled;
        }
        if (!ours.isOpen() && !theirs.isOpen()) {
            // closed differently on both sites (the text merge has made the two outcomes a new bracket): the record
            // keeps the one that comes first, cleaned before deleted, the lower option first, whoever merges
            return ORDER.compare(ours, theirs) <= 0 ? ours : theirs;
        }
        if (!ours.isOpen() || !theirs.isOpen()) {
            return ours.isOpen() ? theirs : ours;
        }
        List<String> baseTexts = base == null ? List.of() : base.optionTexts();
        List<String> texts = texts(baseTexts, ours.optionTexts(), theirs.optionTexts());
        List<BracketOption> options = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            String text = texts.get(k);
            BracketOption o = find(ours, text, k, texts.size());
            BracketOption t = find(theirs, text, k, texts.size());
            BracketOption b = base == null ? null : find(base, text, k, texts.size());
            options.add(option(text, b, o, t));
        }
        return ours.withOptions(options);
    }

    private static List<String> texts(List<String> base, List<String> ours, List<String> theirs) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        return ours.equals(base) ? theirs : OptionUnion.texts(base, ours, theirs);
    }

    // The option with this wording; else, when the bracket has as many options, the one at the same place (its
    // wording edited).
    private static BracketOption find(Bracket bracket, String text, int index, int count) {
        for (BracketOption option : bracket.options()) {
            if (option.text().equals(text)) {
                return option;
            }
        }
        return bracket.options().size() == count ? bracket.options().get(index) : null;
    }

    private static BracketOption option(String text, BracketOption base, BracketOption ours, BracketOption theirs) {
        if (ours == null && theirs == null) {
            return base == null ? BracketOption.unattributed(text) : base.withText(text);
        }
        if (ours == null || theirs == null) {
            return (ours == null ? theirs : ours).withText(text);
        }
        List<String> none = List.of();
        List<String> proposed = ThreeWay.set(base == null ? none : base.proposedBy(), ours.proposedBy(),
                theirs.proposedBy());
        List<String> supported = ThreeWay.set(base == null ? none : base.supportedBy(), ours.supportedBy(),
                theirs.supportedBy());
        List<String> opposed = ThreeWay.set(base == null ? none : base.opposedBy(), ours.opposedBy(),
                theirs.opposedBy());
        // a delegation stands in one list only: where both sites moved it differently, the first list keeps it
        Set<String> seen = new LinkedHashSet<>(proposed);
        supported = supported.stream().filter(seen::add).toList();
        opposed = opposed.stream().filter(seen::add).toList();
        String note = ThreeWay.pick(base == null ? "" : base.note(), ours.note(), theirs.note());
        return new BracketOption(text, proposed, supported, opposed, Objects.requireNonNullElse(note, ""));
    }
}
