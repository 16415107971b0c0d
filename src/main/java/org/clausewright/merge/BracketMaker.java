package org.clausewright.merge;

import org.clausewright.model.Bracket;
import org.clausewright.model.BracketGroup;
import org.clausewright.model.BracketLayout;
import org.clausewright.model.BracketOption;
import org.clausewright.model.BracketState;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes the bracket for words both sites changed differently: one option per wording, sorted so that both sites
 * make the same bracket, the base's words last where they still stand (both sites only added words there, so the
 * option is "no text"). Each option is proposed by the delegation of the side whose wording it is, and its note
 * names the member ("merge: wording of Ingrid Solberg").
 *
 * <p>A wording that itself holds open brackets (the words disputed took in a bracket, or a bracket one site edited
 * and the other cleaned) cannot be an option as it is: brackets inside an option would be read as more options.
 * It is spelt out as its readings instead — the k-th reading takes each inner bracket's k-th option — so every
 * word of it is in some option.
 */
final class BracketMaker {
    private BracketMaker() {
    }

    static Bracket make(String clauseId, TextMerge.Chunk.Disputed dispute, MergeSide ours, MergeSide theirs,
                        Set<String> taken) {
        List<String> oursReadings = readings(dispute.ours());
        List<String> theirsReadings = readings(dispute.theirs());
        TreeSet<String> sorted = new TreeSet<>(oursReadings);
        sorted.addAll(theirsReadings);
        List<String> texts = new ArrayList<>(sorted);
        if (dispute.baseStands() && !texts.contains(dispute.base())) {
            texts.add(dispute.base());
        }
        List<BracketOption> options = new ArrayList<>();
        for (String text : texts) {
            List<MergeSide> by = new ArrayList<>();
            if (oursReadings.contains(text)) {
                by.add(ours);
            }
            if (theirsReadings.contains(text)) {
                by.add(theirs);
            }
            options.add(option(text, by));
        }
        List<String> basis = new ArrayList<>();
        basis.add(clauseId);
        basis.add(dispute.base());
        basis.addAll(texts);
        String id = MergeIds.of("b-", basis, taken);
        taken.add(id);
        return new Bracket(id, BracketState.OPEN, options, -1);
    }

    private static BracketOption option(String text, List<MergeSide> by) {
        if (by.isEmpty()) {
            return new BracketOption(text, List.of(), List.of(), List.of(), "merge: the words before both changes");
        }
        Set<String> delegations = new LinkedHashSet<>();
        Set<String> authors = new TreeSet<>();
        for (MergeSide side : by) {
            if (side.hasDelegation()) {
                delegations.add(side.delegation());
            }
            authors.add(side.author());
        }
        return new BracketOption(text, new ArrayList<>(new TreeSet<>(delegations)), List.of(), List.of(),
                "merge: wording of " + String.join(" and ", authors));
    }

    /** The text itself, or, when it holds open brackets, its readings (see the class comment). */
    static List<String> readings(String text) {
        List<BracketGroup> groups = BracketLayout.groups(text);
        if (groups.isEmpty()) {
            return List.of(text);
        }
        int count = groups.stream().mapToInt(g -> g.options().size()).max().orElse(1);
        List<String> result = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            StringBuilder sb = new StringBuilder();
            int at = 0;
            for (BracketGroup group : groups) {
                sb.append(text, at, group.start());
                List<String> options = group.options();
                sb.append(options.get(Math.min(k, options.size() - 1)));
                at = group.end();
            }
            sb.append(text.substring(at));
            if (!result.contains(sb.toString())) {
                result.add(sb.toString());
            }
        }
        return result;
    }
}
