package org.clausewright.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.clausewright.model.Project;

/** Reordering clauses never looks like adding or deleting them, with or without the clause files loaded. */
class DraftComparatorProperties {

    private static final List<String> IDS = Drafts.ids("c-", 12);

    @Property(tries = 200)
    void reorderingOnlyMovesAndRenumbers(@ForAll @UniqueElements @Size(12) List<@IntRange(
            min = 0, max = 11) Integer> order, @ForAll @IntRange(min = 1, max = 11) int cut) {
        List<String> shuffled = order.stream().map(IDS::get).toList();
        Project before = Drafts.project(List.of(Drafts.part("p1", IDS.subList(0, 6).toArray(String[]::new)),
                Drafts.part("p2", IDS.subList(6, 12).toArray(String[]::new))));
        Project after = Drafts.project(List.of(Drafts.part("p1", shuffled.subList(0, cut).toArray(String[]::new)),
                Drafts.part("p2", shuffled.subList(cut, 12).toArray(String[]::new))));

        Comparison full = DraftComparator.compare(before, after);
        Comparison partial = DraftComparator.compare(Drafts.partial(before), Drafts.partial(after));

        assertThat(full.clauses()).allSatisfy(c -> assertThat(c.kinds())
                .isSubsetOf(ClauseChange.Kind.MOVED, ClauseChange.Kind.RENUMBERED));
        assertThat(partial.clauses()).extracting(ClauseChange::clauseId, ClauseChange::kinds)
                .isEqualTo(full.clauses().stream().map(c -> tuple(c.clauseId(),
                        c.kinds())).toList());
    }
}
