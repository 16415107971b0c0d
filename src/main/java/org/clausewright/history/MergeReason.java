package org.clausewright.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * What a sync's merge took in, kept beside its label as trailers of the commit so that every member's window can
 * name the merge in the member's own language. The label stays the English line git clients, `clausewright log`
 * and older Clausewrights show (docs/decisions/checkpoint-labels.md, session 23).
 *
 * @param kind       {@link #SYNC}, or a kind a newer Clausewright wrote (then the label is shown)
 * @param source     where the other site's versions came from: a remote's name, a bundle's file name
 * @param clauses    clauses whose merged state took something from the other site
 * @param authors    who made the versions that came in, each once, in the order they came
 * @param conflicts  how many conflicts the merge listed for a member to choose
 * @param brackets   the clauses a bracket was made in, once per bracket
 * @param keptClauses clauses deleted at one site and changed at the other, kept
 */
public record MergeReason(String kind, String source, int clauses, List<String> authors, int conflicts,
                          List<String> brackets, List<String> keptClauses) {
    public static final String SYNC = "sync";
    static final String TRAILER = "Clausewright-Merge";
    private static final String SOURCE = TRAILER + "-Source";
    private static final String CLAUSES = TRAILER + "-Clauses";
    private static final String AUTHOR = TRAILER + "-Author";
    private static final String CONFLICTS = TRAILER + "-Conflicts";
    private static final String BRACKET = TRAILER + "-Bracket";
    private static final String KEPT = TRAILER + "-Kept";

    public MergeReason {
        kind = oneLine(kind);
        source = oneLine(source);
        authors = authors.stream().map(MergeReason::oneLine).filter(a -> !a.isEmpty()).toList();
        brackets = brackets.stream().map(MergeReason::oneLine).toList();
        keptClauses = keptClauses.stream().map(MergeReason::oneLine).toList();
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("\\s+", " ").strip();
    }

    /**
     * The trailer block to end the merge's message with: the message goes through the journal of a pending
     * version as it is, so a sync finished by a later command records the same trailers.
     */
    public String trailerBlock() {
        List<String> lines = new ArrayList<>();
        lines.add(TRAILER + ": " + kind);
        lines.add(SOURCE + ": " + source);
        lines.add(CLAUSES + ": " + clauses);
        authors.forEach(a -> lines.add(AUTHOR + ": " + a));
        if (conflicts > 0) {
            lines.add(CONFLICTS + ": " + conflicts);
        }
        brackets.forEach(b -> lines.add(BRACKET + ": " + b));
        keptClauses.forEach(k -> lines.add(KEPT + ": " + k));
        return String.join("\n", lines);
    }

    /** The message lines that are this reason's trailers, for the message shown without them. */
    static boolean isTrailer(String line) {
        return line.strip().startsWith(TRAILER + ":") || line.strip().startsWith(TRAILER + "-");
    }

    /** The reason a merge's trailers give, if it has one (merges recorded before session 23 have none). */
    static Optional<MergeReason> of(RevCommit commit) {
        Optional<String> kind = first(commit, TRAILER);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MergeReason(kind.get(), first(commit, SOURCE).orElse(""),
                    first(commit, CLAUSES).map(Integer::parseInt).orElse(0), all(commit, AUTHOR),
                    first(commit, CONFLICTS).map(Integer::parseInt).orElse(0), all(commit, BRACKET),
                    all(commit, KEPT)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // written by something else: its label is shown as it is
        }
    }

    private static List<String> all(RevCommit commit, String key) {
        return commit.getFooterLines(key).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static Optional<String> first(RevCommit commit, String key) {
        return all(commit, key).stream().findFirst();
    }
}
