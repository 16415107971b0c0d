package org.clausewright.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.junit.jupiter.api.Test;

/**
 * A comparison of two large drafts finds exactly what changed. How fast it is belongs to the benchmark
 * (`clausewright bench`: "compare two drafts in memory"), not to a test that a slower machine would fail.
 */
class DraftComparatorLargeDraftTest {

    @Test
    void twoThousandClausesWithTwoHundredRewordedOneMovedAndOneAddedAreReportedAsSuch() {
        List<List<String>> parts = new ArrayList<>();
        List<String> ids = Drafts.ids("c-", 2000);
        for (int p = 0; p < ids.size(); p += 100) {
            parts.add(ids.subList(p, p + 100));
        }
        Project before = project(parts, id -> Clause.of(id, "Heading " + id, paragraph(id)));
        List<List<String>> changed = new ArrayList<>(parts);
        List<String> first = new ArrayList<>(parts.get(0));
        first.add(50, first.remove(10));
        first.add(0, "c-new");
        changed.set(0, first);
        int[] reworded = new int[1];
        Project after = project(changed, id -> {
            Clause c = Clause.of(id, "Heading " + id, paragraph(id));
            if (id.hashCode() % 10 == 0 && !id.equals("c-new")) {
                reworded[0]++;
                return c.withText(c.text().replace("must", "should"));
            }
            return c;
        });

        Comparison comparison = DraftComparator.compare(before, after);

        assertThat(reworded[0]).isBetween(150, 250);
        assertThat(comparison.summary().textChanged()).isEqualTo(reworded[0]);
        assertThat(comparison.summary().moved()).isEqualTo(1);
        assertThat(comparison.summary().added()).isEqualTo(1);
        assertThat(comparison.summary().removed()).isZero();
    }

    private static String paragraph(String id) {
        return "Scientists working on " + id + " must consider whether their work could be [misused] to cause"
                + " harm, at the design stage and before publication.\n(a) They must report concerns.";
    }

    private static Project project(List<List<String>> partIds, Function<String, Clause> clause) {
        List<Part> parts = new ArrayList<>();
        Map<String, Clause> clauses = new LinkedHashMap<>();
        for (List<String> ids : partIds) {
            List<OutlineItem> items = new ArrayList<>();
            ids.forEach(id -> {
                items.add(new ClauseRef(id));
                clauses.put(id, clause.apply(id));
            });
            parts.add(new Part("p" + parts.size(), "Part " + parts.size(), items));
        }
        return new Project(ProjectInfo.titled("big", "Big"), new Outline(parts), clauses, Map.of());
    }
}
