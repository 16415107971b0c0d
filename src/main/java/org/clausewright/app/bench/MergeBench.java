package org.clausewright.app.bench;

import org.clausewright.merge.MergeOutcome;
import org.clausewright.merge.MergeSide;
import org.clausewright.merge.ProjectMerge;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Issue 12's merge figure: two sites that each changed 500 of the 2,000 clauses, 200 of them the same words
 * (each changed differently, so each becomes a bracket), merged in process.
 */
final class MergeBench {
    static final int CHANGED = 500;
    static final int SAME_WORDS = 200;

    private final int runs;

    MergeBench(int runs) {
        this.runs = runs;
    }

    Measurement run(Project base) throws Exception {
        List<String> ids = new ArrayList<>(base.clauses().keySet());
        Collections.shuffle(ids, new Random(20261202L));
        Project ours = base;
        Project theirs = base;
        for (int k = 0; k < CHANGED; k++) {
            // the first SAME_WORDS clauses are changed on both sites at the same word
            ours = reword(ours, ids.get(k), "oslo" + k);
            String theirsId = k < SAME_WORDS ? ids.get(k) : ids.get(CHANGED + k);
            theirs = reword(theirs, theirsId, "geneva" + k);
        }
        MergeSide oursSide = new MergeSide("Amina Diallo", "", "this workstation");
        MergeSide theirsSide = new MergeSide("Ingrid Solberg", "nor", "origin");
        Instant when = Instant.parse("2026-12-02T12:00:00Z");
        Project o = ours;
        Project t = theirs;
        MergeOutcome[] last = new MergeOutcome[1];
        Measurement m = Measurement.timed("merge two sites (500 of 2,000 clauses changed each, 200 the same words)",
                runs, Duration.ofSeconds(1), "", () -> last[0] = ProjectMerge.merge(base, o, t, oursSide, theirsSide,
                        when));
        return m.withNote(last[0].bracketsMade().size() + " brackets made; " + last[0].summary(theirsSide));
    }

    // The third word of the clause's first paragraph replaced, so two sites rewording one clause dispute one word.
    private static Project reword(Project project, String id, String word) {
        Clause clause = project.clause(id).orElseThrow();
        String text = clause.text();
        int start = nthWord(text, 2);
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return project.withClause(BracketSync.reconcile(clause.withText(text.substring(0, start) + word
                + text.substring(end))));
    }

    private static int nthWord(String text, int n) {
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                if (seen++ == n) {
                    return i;
                }
            }
        }
        return 0;
    }
}
