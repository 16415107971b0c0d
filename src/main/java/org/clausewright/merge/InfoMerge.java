package org.clausewright.merge;

import java.util.ArrayList;
import java.util.List;

import org.clausewright.model.Category;
import org.clausewright.model.Delegation;
import org.clausewright.model.InfoRecord;
import org.clausewright.model.Languages;
import org.clausewright.model.Meeting;
import org.clausewright.model.Member;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.SourceDocument;

/**
 * project.json merged: title and subtitle as fields (both changed differently: listed, ours held); members,
 * categories, source documents, delegations and meetings as unions by id (a member by name). One of these changed
 * differently on both sites (or added by both with the same key and different fields) is listed with the three
 * records whole, ours held until a member chooses: the draft never keeps a mix of the two.
 */
final class InfoMerge {
    private InfoMerge() {
    }

    static ProjectInfo merge(ProjectInfo base, ProjectInfo ours, ProjectInfo theirs, MergeLog log) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        String title = field("title", base.title(), ours.title(), theirs.title(), log);
        String subtitle = field("subtitle", base.subtitle(), ours.subtitle(), theirs.subtitle(), log);
        return new ProjectInfo(ours.id(), title, subtitle,
                ThreeWay.unionById(base.members(), ours.members(), theirs.members(), Member::name, listing(log)),
                ThreeWay.unionById(base.categories(), ours.categories(), theirs.categories(), Category::id,
                        listing(log)),
                ThreeWay.unionById(base.sources(), ours.sources(), theirs.sources(), SourceDocument::id,
                        listing(log)),
                ThreeWay.unionById(base.delegations(), ours.delegations(), theirs.delegations(), Delegation::id,
                        listing(log)),
                ThreeWay.unionById(base.meetings(), ours.meetings(), theirs.meetings(), Meeting::id,
                        listing(log)),
                languages(base.languages(), ours.languages(), theirs.languages()), ours.extras());
    }

    // a target added at either site is kept (its translations come with it); the source language is a field
    private static Languages languages(Languages base, Languages ours, Languages theirs) {
        // changed differently at both sites: ours holds; the language of the clauses is not changed lightly
        String source = ThreeWay.pick(base.source(), ours.source(), theirs.source());
        List<String> targets = new ArrayList<>(ours.targets());
        theirs.targets().stream().filter(t -> !targets.contains(t) && !base.targets().contains(t))
                .forEach(targets::add);
        targets.removeIf(t -> base.targets().contains(t) && !theirs.targets().contains(t) && !t.equals(source));
        targets.remove(source);
        return new Languages(source, targets);
    }

    private static <T extends InfoRecord> ThreeWay.Merger<T> listing(MergeLog log) {
        return (base, ours, theirs) -> {
            if (ours.equals(theirs)) {
                return ours;
            }
            if (base == null || ThreeWay.conflicts(base, ours, theirs)) {
                log.conflicts.add(MergeConflict.ofRecords(base, ours, theirs));
                return ours;
            }
            return ThreeWay.pick(base, ours, theirs);
        };
    }

    private static String field(String name, String base, String ours, String theirs, MergeLog log) {
        if (ThreeWay.conflicts(base, ours, theirs)) {
            log.conflict(MergeConflict.Kind.PROJECT, "", name, base, ours, theirs);
        }
        return ThreeWay.pick(base, ours, theirs);
    }
}
