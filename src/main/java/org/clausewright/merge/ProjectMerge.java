package org.clausewright.merge;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Decision;
import org.clausewright.model.Project;
import org.clausewright.model.Reply;
import org.clausewright.model.TextAnchor;
import org.clausewright.model.UnplacedThread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The three-way merge of a project as data — what sync, bundles and outside changes to an open project call:
 * {@code merge(base, ours, theirs, oursSide, theirsSide)} with base the drafts' common ancestor (the merge-base
 * commit's project, or the state last read from disk), ours the draft that merges (HEAD, the window) and theirs the
 * one coming in (fetched, on disk).
 *
 * <ul>
 * <li>Each clause field is merged separately; clause text word by word, and where both sites changed the same words
 *     differently the text gets a bracket whose options are the two wordings, attributed to each side, with an
 *     open thread "merge: needs a decision" on it ({@link MergeOutcome#bracketsMade()}).</li>
 * <li>A heading, category, rationale, status, part or section title, or the project's title changed differently on
 *     both sites is listed ({@link MergeOutcome#conflicts()}); the draft holds ours until a member chooses
 *     ({@code command.MergeResolution}).</li>
 * <li>The outline is merged by ids ({@link OutlineMerge}); threads, replies, decisions, bracket records and the
 *     parties as unions by id.</li>
 * <li>A clause deleted on one site and changed on the other is kept, with a thread saying so.</li>
 * <li>Translations are merged by language and clause id as clause text is ({@link TranslationMerge}).</li>
 * <li>Frameworks by id, field by field and element by element ({@link FrameworkMerge}), fields changed differently
 *     on both sites listed; a clause's addresses as a set ({@link AddressMerge}).</li>
 * </ul>
 *
 * <p>Pure and deterministic: no I/O, no clock, no chance. What the merge makes gets ids derived from the inputs and
 * the merge's time, and everything but a listed conflict comes out the same whichever side merges, so two sites
 * merging the same pair of drafts get the same draft.
 */
public final class ProjectMerge {
    private ProjectMerge() {
    }

    /**
     * As {@link #merge(Project, Project, Project, MergeSide, MergeSide, Instant)} with the merge's time the latest
     * moment any of the three drafts records (a decision, a thread, a reply, a resolution).
     */
    public static MergeOutcome merge(Project base, Project ours, Project theirs, MergeSide oursSide,
                                     MergeSide theirsSide) {
        return merge(base, ours, theirs, oursSide, theirsSide, latest(base, ours, theirs));
    }

    /**
     * @param when the time the threads the merge opens are dated; sync passes the later of the two heads' commit
     *             times, which both sites know, so that both make identical threads
     */
    public static MergeOutcome merge(Project base, Project ours, Project theirs, MergeSide oursSide,
                                     MergeSide theirsSide, Instant when) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        MergeLog log = new MergeLog(Objects.requireNonNull(oursSide), Objects.requireNonNull(theirsSide),
                Objects.requireNonNull(when));
        Map<String, Clause> clauses = new TreeMap<>();
        Map<String, List<AnnotationThread>> threads = new TreeMap<>();
        Set<String> kept = new HashSet<>();
        ClauseMerge clauseMerge = new ClauseMerge(log);
        Set<String> ids = new TreeSet<>(base.clauses().keySet());
        ids.addAll(ours.clauses().keySet());
        ids.addAll(theirs.clauses().keySet());
        for (String id : ids) {
            Clause b = base.clauses().get(id);
            Clause o = ours.clauses().get(id);
            Clause t = theirs.clauses().get(id);
            if (o == null && t == null) {
                continue;
            }
            if (o == null || t == null) {
                boolean oursDeleted = o == null;
                Clause present = oursDeleted ? t : o;
                List<AnnotationThread> presentThreads = (oursDeleted ? theirs : ours).threadsOf(id);
                if (b == null) {
                    put(clauses, threads, present, presentThreads);
                } else if (!present.equals(b) || !presentThreads.equals(base.threadsOf(id))) {
                    kept.add(id);
                    List<AnnotationThread> with = new ArrayList<>(presentThreads);
                    with.add(keptThread(id, with, oursDeleted ? oursSide : theirsSide,
                            oursDeleted ? theirsSide : oursSide, log));
                    put(clauses, threads, present, with);
                }
                continue;
            }
            List<AnnotationThread> bt = base.threadsOf(id);
            List<AnnotationThread> ot = ours.threadsOf(id);
            List<AnnotationThread> tt = theirs.threadsOf(id);
            // unchanged clauses are shared between states, so identity settles most of them at once
            if (o == t && ot == tt || t == b && tt == bt
                    || o.equals(t) && ot.equals(tt) || t.equals(b) && tt.equals(bt)) {
                put(clauses, threads, o, ot);
                continue;
            }
            if (o == b && ot == bt || o.equals(b) && ot.equals(bt)) {
                put(clauses, threads, t, tt);
                continue;
            }
            Clause baseClause = b == null ? new Clause(id, "", "", "", List.of(), "", List.of(), null, List.of(),
                    List.of()) : b;
            ClauseMerge.Result r = clauseMerge.merge(baseClause, o, t, bt, ot, tt);
            put(clauses, threads, r.clause(), r.threads());
        }
        // an alternative of a clause that is gone stops naming it, as deleting a clause does
        for (Clause c : List.copyOf(clauses.values())) {
            if (c.alternativeOf() != null && !clauses.containsKey(c.alternativeOf())) {
                clauses.put(c.id(), c.withAlternativeOf(null));
            }
        }
        log.keptClauses.addAll(kept);
        var outline = OutlineMerge.merge(base.outline(), ours.outline(), theirs.outline(), log, kept,
                clauses::containsKey);
        var info = InfoMerge.merge(base.info(), ours.info(), theirs.info(), log);
        List<UnplacedThread> unplaced = ThreeWay.unionById(base.unplaced(), ours.unplaced(), theirs.unplaced(),
                u -> u.thread().id(), (b, o, t) -> b == null ? o : ThreeWay.pick(b, o, t));
        var translations = TranslationMerge.merge(base.translations(), ours.translations(), theirs.translations(),
                clauses::containsKey, log);
        var frameworks = FrameworkMerge.merge(base.frameworks(), ours.frameworks(), theirs.frameworks(), log);
        Project merged = new Project(info, outline, clauses, threads, unplaced).withTranslations(translations)
                .withFrameworks(frameworks);
        return new MergeOutcome(merged, log.conflicts, log.bracketsMade, differing(merged, ours),
                differing(merged, theirs), new ArrayList<>(new TreeSet<>(kept)));
    }

    private static void put(Map<String, Clause> clauses, Map<String, List<AnnotationThread>> threads, Clause clause,
                            List<AnnotationThread> list) {
        clauses.put(clause.id(), clause);
        if (!list.isEmpty()) {
            threads.put(clause.id(), list);
        }
    }

    private static AnnotationThread keptThread(String id, List<AnnotationThread> existing, MergeSide deleted,
                                               MergeSide changed, MergeLog log) {
        Set<String> taken = new HashSet<>();
        existing.forEach(t -> taken.add(t.id()));
        return log.thread(List.of(id, "kept"), taken, TextAnchor.wholeClause(), "merge: kept. " + deleted.author()
                + " deleted this clause while " + changed.author() + " changed it; it is kept so that nothing is "
                + "lost. Delete it again if it should go.");
    }

    /** Clauses whose merged state (content, threads, presence) differs from {@code side}'s. */
    private static int differing(Project merged, Project side) {
        Set<String> ids = new HashSet<>(merged.clauses().keySet());
        ids.addAll(side.clauses().keySet());
        int n = 0;
        for (String id : ids) {
            Clause a = merged.clauses().get(id);
            Clause b = side.clauses().get(id);
            if (a != b && !Objects.equals(a, b) || merged.threadsOf(id) != side.threadsOf(id)
                    && !merged.threadsOf(id).equals(side.threadsOf(id))) {
                n++;
            }
        }
        return n;
    }

    private static Instant latest(Project... projects) {
        Instant latest = Instant.EPOCH;
        for (Project p : projects) {
            for (Clause c : p.clauses().values()) {
                for (Decision d : c.decisions()) {
                    latest = later(latest, d.time());
                }
            }
            for (List<AnnotationThread> list : p.threads().values()) {
                for (AnnotationThread t : list) {
                    latest = later(latest, t.created());
                    if (t.resolution() != null) {
                        latest = later(latest, t.resolution().at());
                    }
                    for (Reply r : t.replies()) {
                        latest = later(latest, r.time());
                    }
                }
            }
        }
        return latest;
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
