package org.clausewright.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which open bracket of a clause stands where in its text. The text is what a member reads and edits, so it
 * decides what is open: each group of outermost passages side by side is one bracket. The records keep who
 * stands where; they are matched to the groups by their wording (a longest common subsequence), and a record
 * and a group left between the same matched neighbours are the same bracket with edited wording. A group no
 * record matches is a bracket typed by hand; an open record no group matches is <em>detached</em>: kept and
 * shown, never dropped or silently guessed.
 */
public final class BracketLayout {
    private final List<BracketGroup> groups;
    private final List<Bracket> atGroup;
    private final List<Bracket> detached;
    private final boolean asRecorded;

    private BracketLayout(List<BracketGroup> groups, List<Bracket> atGroup, List<Bracket> detached,
                          boolean asRecorded) {
        this.groups = groups;
        this.atGroup = atGroup;
        this.detached = detached;
        this.asRecorded = asRecorded;
    }

    public static BracketLayout of(Clause clause) {
        return of(clause.text(), clause.brackets());
    }

    public static BracketLayout of(String text, List<Bracket> brackets) {
        List<BracketGroup> groups = groups(text);
        List<Bracket> open = brackets.stream().filter(Bracket::isOpen).toList();
        if (follow(open, groups)) {
            // the records follow the text one by one, as in every file Clausewright wrote: the alignment would pair
            // them in order (each record and group are the longest common subsequence's next step)
            return new BracketLayout(groups, open, List.of(), true);
        }
        return aligned(groups, open);
    }

    /** The long way, whatever the records: {@link #of} takes it unless they follow the text one by one. */
    static BracketLayout aligned(String text, List<Bracket> brackets) {
        return aligned(groups(text), brackets.stream().filter(Bracket::isOpen).toList());
    }

    private static BracketLayout aligned(List<BracketGroup> groups, List<Bracket> open) {
        Bracket[] match = align(open, groups);
        Map<Bracket, Boolean> used = new IdentityHashMap<>();
        for (Bracket b : match) {
            if (b != null) {
                used.put(b, true);
            }
        }
        List<Bracket> detached = open.stream().filter(b -> !used.containsKey(b)).toList();
        List<Bracket> atGroup = new ArrayList<>(groups.size());
        Collections.addAll(atGroup, match);
        return new BracketLayout(groups, Collections.unmodifiableList(atGroup), detached, false);
    }

    /** Whether open record k has the wording of group k, for every k, and there are as many of each. */
    private static boolean follow(List<Bracket> open, List<BracketGroup> groups) {
        if (open.size() != groups.size()) {
            return false;
        }
        for (int k = 0; k < groups.size(); k++) {
            List<BracketOption> options = open.get(k).options();
            List<BracketSpan> spans = groups.get(k).spans();
            if (options.size() != spans.size()) {
                return false;
            }
            for (int o = 0; o < spans.size(); o++) {
                if (!options.get(o).text().equals(spans.get(o).inside())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The groups of side-by-side outermost passages, in text order. */
    public static List<BracketGroup> groups(String text) {
        List<BracketGroup> groups = new ArrayList<>();
        List<BracketSpan> current = new ArrayList<>();
        for (BracketSpan span : Brackets.in(text).outermost()) {
            if (!current.isEmpty() && current.get(current.size() - 1).end() != span.start()) {
                groups.add(group(current));
                current = new ArrayList<>();
            }
            current.add(span);
        }
        if (!current.isEmpty()) {
            groups.add(group(current));
        }
        return groups;
    }

    private static BracketGroup group(List<BracketSpan> spans) {
        return new BracketGroup(spans.get(0).start(), spans.get(spans.size() - 1).end(), spans);
    }

    // Longest common subsequence on identical wording, then records and groups left between the same two matched
    // neighbours are paired in order: the same bracket with its wording edited.
    // Each side's wordings are listed once: comparing a record with a group made both lists afresh, for every cell of
    // the table and again on the walk, and that was most of working out a clause's layout as every clause is read.
    private static Bracket[] align(List<Bracket> open, List<BracketGroup> groups) {
        int m = open.size();
        int n = groups.size();
        List<List<String>> recorded = new ArrayList<>(m);
        open.forEach(b -> recorded.add(b.optionTexts()));
        List<List<String>> typed = new ArrayList<>(n);
        groups.forEach(g -> typed.add(g.options()));
        int[][] lcs = new int[m + 1][n + 1];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                lcs[i][j] = recorded.get(i).equals(typed.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Bracket[] match = new Bracket[n];
        List<Bracket> pendingRecords = new ArrayList<>();
        List<Integer> pendingGroups = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < m && j < n) {
            if (recorded.get(i).equals(typed.get(j))) {
                pair(match, pendingRecords, pendingGroups);
                match[j] = open.get(i);
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                pendingRecords.add(open.get(i++));
            } else {
                pendingGroups.add(j++);
            }
        }
        while (i < m) {
            pendingRecords.add(open.get(i++));
        }
        while (j < n) {
            pendingGroups.add(j++);
        }
        pair(match, pendingRecords, pendingGroups);
        return match;
    }

    private static void pair(Bracket[] match, List<Bracket> records, List<Integer> groups) {
        for (int k = 0; k < Math.min(records.size(), groups.size()); k++) {
            match[groups.get(k)] = records.get(k);
        }
        records.clear();
        groups.clear();
    }

    public List<BracketGroup> groups() {
        return groups;
    }

    /** The record standing at group {@code index}, or empty for a bracket typed by hand and not yet recorded. */
    public Optional<Bracket> bracketAt(int index) {
        return Optional.ofNullable(atGroup.get(index));
    }

    /** The group where {@code bracketId} stands, or empty when it is detached or not open. */
    public Optional<BracketGroup> groupOf(String bracketId) {
        for (int k = 0; k < groups.size(); k++) {
            Bracket b = atGroup.get(k);
            if (b != null && b.id().equals(bracketId)) {
                return Optional.of(groups.get(k));
            }
        }
        return Optional.empty();
    }

    /** Open records whose wording the text no longer has. */
    public List<Bracket> detached() {
        return detached;
    }

    /**
     * Whether the open records follow the text one by one (record k at group k, with its wording): nothing is
     * detached, typed by hand or edited.
     */
    public boolean asRecorded() {
        return asRecorded;
    }

    /** Open brackets as the text shows them: one per group. */
    public int openCount() {
        return groups.size();
    }
}
