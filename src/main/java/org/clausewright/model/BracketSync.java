package org.clausewright.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a clause's bracket records follow its text: a record matched to edited wording takes the new wording
 * (attribution kept option by option), a bracket typed by hand gets a record of unattributed options, and a
 * record the text no longer shows is kept, detached. Records come out in text order, detached ones after them,
 * then the cleaned and deleted ones as they were.
 */
public final class BracketSync {
    /** How many characters before a typed bracket go into its id. */
    private static final int CONTEXT = 40;

    private BracketSync() {
    }

    public static Clause reconcile(Clause clause) {
        // Most clauses have neither records nor a bracket: nothing to match, and reading a project reconciles every
        // clause (a cold export spent a tenth of its reading thread laying out bracket-free texts).
        if (clause.brackets().isEmpty() && clause.text().indexOf('[') < 0) {
            return clause;
        }
        BracketLayout layout = BracketLayout.of(clause);
        if (layout.asRecorded() && openFirst(clause.brackets())) {
            // every clause as Clausewright wrote it: the long way would give back the same records in the same order
            return clause;
        }
        return reconcile(clause, layout);
    }

    /** The long way, whatever the clause: {@link #reconcile(Clause)} takes it unless the records follow the text. */
    static Clause reconcileTheLongWay(Clause clause) {
        return reconcile(clause, BracketLayout.aligned(clause.text(), clause.brackets()));
    }

    private static Clause reconcile(Clause clause, BracketLayout layout) {
        List<Bracket> result = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        clause.brackets().forEach(b -> taken.add(b.id()));
        List<BracketGroup> groups = layout.groups();
        for (int k = 0; k < groups.size(); k++) {
            BracketGroup group = groups.get(k);
            Bracket record = layout.bracketAt(k).orElse(null);
            if (record == null) {
                String id = typedId(clause, group, taken);
                taken.add(id);
                result.add(Bracket.typed(id, group.options()));
            } else {
                result.add(rewrite(record, group.options()));
            }
        }
        result.addAll(layout.detached());
        clause.brackets().stream().filter(b -> !b.isOpen()).forEach(result::add);
        return result.equals(clause.brackets()) ? clause : clause.withBrackets(result);
    }

    /** Whether the open records come before the cleaned and deleted ones, as reconciling leaves them. */
    private static boolean openFirst(List<Bracket> brackets) {
        boolean closedSeen = false;
        for (Bracket b : brackets) {
            if (b.isOpen() && closedSeen) {
                return false;
            }
            closedSeen |= !b.isOpen();
        }
        return true;
    }

    // Options with the same wording keep their record; the others are paired in order, as edited wording.
    private static Bracket rewrite(Bracket record, List<String> texts) {
        if (record.optionTexts().equals(texts)) {
            return record;
        }
        List<BracketOption> old = new ArrayList<>(record.options());
        BracketOption[] next = new BracketOption[texts.size()];
        for (int k = 0; k < texts.size(); k++) {
            for (int o = 0; o < old.size(); o++) {
                if (old.get(o) != null && old.get(o).text().equals(texts.get(k))) {
                    next[k] = old.get(o);
                    old.set(o, null);
                    break;
                }
            }
        }
        List<BracketOption> rest = old.stream().filter(o -> o != null).toList();
        int r = 0;
        for (int k = 0; k < next.length; k++) {
            if (next[k] == null) {
                next[k] = r < rest.size() ? rest.get(r++).withText(texts.get(k))
                        : BracketOption.unattributed(texts.get(k));
            }
        }
        return record.withOptions(List.of(next));
    }

    // The same wording typed at the same place of the same clause on two sites is the same bracket, so a typed
    // bracket's id comes from what it is and the words before it, not from chance: reading a hand-edited file
    // gives the same ids at every site and on every reading. The words before it tell apart the same options
    // typed at two places ("[shall][should]" in two sentences), which the options alone did not.
    private static String typedId(Clause clause, BracketGroup group, Set<String> taken) {
        String before = clause.text().substring(Math.max(0, group.start() - CONTEXT), group.start())
                .strip().replaceAll("\\s+", " ");
        String basis = clause.id() + '\u0000' + before + '\u0000' + String.join("\u0000", group.options());
        for (int salt = 0; ; salt++) {
            String id = Ids.derived("b-", salt == 0 ? basis : basis + '\u0001' + salt);
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}
