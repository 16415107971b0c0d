package org.clausewright.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Once frozen, numbers stay with their items: bis/ter for insertions, 0 before the first, removed numbers unused. */
class FrozenNumberingTest {
    /** Part p1: a, b, section s (x, y), c; part p2: d. */
    private static Outline outline() {
        return new Outline(List.of(
                new Part("p1", "One", List.of(new ClauseRef("a"), new ClauseRef("b"),
                        new Section("s", "Section", List.of("x", "y")), new ClauseRef("c"))),
                new Part("p2", "Two", List.of(new ClauseRef("d")))));
    }

    /** The outline with clause {@code id} put at {@code index} of part p1's items. */
    private static Outline inserted(Outline outline, int index, String id) {
        Part p1 = outline.parts().get(0);
        List<OutlineItem> items = new ArrayList<>(p1.items());
        items.add(index, new ClauseRef(id));
        return withP1(outline, items);
    }

    private static Outline withP1(Outline outline, List<OutlineItem> items) {
        List<Part> parts = new ArrayList<>(outline.parts());
        parts.set(0, new Part("p1", "One", items));
        return outline.withParts(parts);
    }

    private static String label(Outline outline, String clauseId) {
        return outline.numbering().label(clauseId);
    }

    @Test
    void unfrozenNumbersFollowPosition() {
        Outline shifted = inserted(outline(), 1, "n");
        assertThat(shifted.isFrozen()).isFalse();
        assertThat(List.of("a", "n", "b", "x", "c", "d")).extracting(id -> label(shifted, id))
                .containsExactly("1.1", "1.2", "1.3", "1.4.1", "1.5", "2.1");
    }

    @Test
    void aClauseInsertedAfterAFrozenOneIsBisThenTer() {
        Outline frozen = outline().frozenNow();
        assertThat(frozen.numbering().isFrozen()).isTrue();
        Outline once = inserted(frozen, 1, "n1");
        assertThat(label(once, "n1")).isEqualTo("1.1 bis");
        assertThat(label(once, "b")).isEqualTo("1.2");
        assertThat(label(once, "x")).isEqualTo("1.3.1");
        Outline twice = inserted(once, 2, "n2");
        assertThat(label(twice, "n2")).isEqualTo("1.1 ter");
        // the number given is stored: it stays when another insertion comes before it
        Outline before = inserted(twice, 1, "n3");
        assertThat(label(before, "n2")).isEqualTo("1.1 ter");
        assertThat(label(before, "n1")).isEqualTo("1.1 bis");
        assertThat(label(before, "n3")).isEqualTo("1.1 quater");
        assertThat(before.frozen().clauses()).containsKeys("n1", "n2", "n3");
    }

    @Test
    void aClauseBeforeTheFirstIsItsContainersZeroAndInASectionTheSameRulesHold() {
        Outline frozen = outline().frozenNow();
        assertThat(label(inserted(frozen, 0, "n"), "n")).isEqualTo("1.0");
        List<Part> parts = new ArrayList<>(frozen.parts());
        Part p1 = parts.get(0);
        List<OutlineItem> items = new ArrayList<>(p1.items());
        items.set(2, new Section("s", "Section", List.of("x", "n", "y")));
        Outline inSection = withP1(frozen, items);
        assertThat(label(inSection, "n")).isEqualTo("1.3.1 bis");
        assertThat(label(inSection, "y")).isEqualTo("1.3.2");
    }

    @Test
    void aRemovedClauseLeavesItsNumberUnusedAndMovesKeepNumbers() {
        Outline frozen = outline().frozenNow();
        List<OutlineItem> items = new ArrayList<>(frozen.parts().get(0).items());
        items.remove(1); // b, 1.2
        Outline removed = withP1(frozen, items);
        assertThat(removed.numbering().deletedClauses()).extracting(e -> e.getKey() + " " + e.getValue())
                .containsExactly("b 1.2");
        assertThat(label(removed, "x")).isEqualTo("1.3.1");
        // a clause added where b was is not given b's number
        Outline added = inserted(removed, 1, "n");
        assertThat(label(added, "n")).isEqualTo("1.1 bis");
        // moved to the front of its part, c keeps 1.4
        List<OutlineItem> moved = new ArrayList<>(added.parts().get(0).items());
        OutlineItem c = moved.remove(moved.size() - 1);
        moved.add(0, c);
        Outline reordered = withP1(added, moved);
        assertThat(label(reordered, "c")).isEqualTo("1.4");
        assertThat(reordered.numbering().numberedClauseIds()).containsExactly("a", "n", "x", "y", "c", "d");
        // a removed item's number is still stored after later edits, and reading numbers back gives the same
        assertThat(reordered.frozen().clauses()).containsEntry("b", OutlineNumber.parse("1.2").orElseThrow());
        for (String id : List.of("a", "n", "x", "y", "c", "d")) {
            assertThat(OutlineNumber.parse(label(reordered, id))).hasValue(reordered.numbering().of(id).orElseThrow());
        }
    }

    @Test
    void numbersPrintAndParseWithLatinSuffixesAtAnyLevel() {
        OutlineNumber n = new OutlineNumber(List.of(2, 3), List.of(1, 2));
        assertThat(n).hasToString("2 bis.3 ter");
        assertThat(OutlineNumber.parse("2 bis.3 ter")).hasValue(n);
        assertThat(OutlineNumber.parse("2.3 quater")).hasValue(new OutlineNumber(List.of(2, 3), List.of(0, 3)));
        assertThat(OutlineNumber.parse("2.3 second")).isEmpty();
        assertThat(OutlineNumber.parse("2..3")).isEmpty();
        assertThat(new OutlineNumber(List.of(2, 3), List.of(0, 1)).compareTo(new OutlineNumber(List.of(2, 4))))
                .isNegative();
    }
}
