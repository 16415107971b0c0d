package org.clausewright.merge;

import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A clause's decision log merged as a union by id: the base's entries, then the entries either site added, oldest
 * first. The status is the latest entry's {@code to}, so the order must also give the merged status: when only one
 * site moved the status, or both moved it differently (a conflict listed, ours held), the other site's new entries
 * go first and the holding site's last.
 */
final class DecisionMerge {
    private static final Comparator<Decision> OLDEST_FIRST = Comparator
            .comparing(Decision::time, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Decision::id);

    private DecisionMerge() {
    }

    record Result(List<Decision> log, boolean conflict) {
    }

    static Result merge(List<Decision> base, List<Decision> ours, List<Decision> theirs, ClauseStatus baseStatus,
                        ClauseStatus oursStatus, ClauseStatus theirsStatus) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return new Result(ours, false);
        }
        if (ours.equals(base)) {
            return new Result(theirs, false);
        }
        boolean conflict = ThreeWay.conflicts(baseStatus, oursStatus, theirsStatus);
        ClauseStatus status = ThreeWay.pick(baseStatus, oursStatus, theirsStatus);
        List<Decision> kept = ThreeWay.unionById(base, ours, theirs, Decision::id,
                (b, o, t) -> b == null ? o : ThreeWay.pick(b, o, t));
        Set<String> baseIds = new HashSet<>();
        base.forEach(d -> baseIds.add(d.id()));
        List<Decision> log = new ArrayList<>(kept.stream().filter(d -> baseIds.contains(d.id())).toList());
        List<Decision> added = new ArrayList<>(kept.stream().filter(d -> !baseIds.contains(d.id())).toList());
        added.sort(OLDEST_FIRST);
        if (!added.isEmpty() && added.get(added.size() - 1).to() != status) {
            // the side whose status the draft holds speaks last
            Set<String> holder = ids(oursStatus == status && oursStatus != baseStatus ? ours : theirs);
            List<Decision> first = new ArrayList<>(added.stream().filter(d -> !holder.contains(d.id())).toList());
            added.stream().filter(d -> holder.contains(d.id())).forEach(first::add);
            added = first;
        }
        log.addAll(added);
        return new Result(log, conflict);
    }

    private static Set<String> ids(List<Decision> decisions) {
        Set<String> ids = new HashSet<>();
        decisions.forEach(d -> ids.add(d.id()));
        return ids;
    }
}
