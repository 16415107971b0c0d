package org.clausewright.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The Word export turns segments into tracked changes, so they must reproduce both texts exactly. */
class WordDiffProperties {

    private static final List<String> PIECES = List.of(
            "scientists", "should", "must", "consider", "harm", "dual", "-", "use", "é", "à", "recherche",
            "科", "学", "家", "风险", "[", "]", "(a)", ",", ".", ";", " ", "  ", "\t", "\n", "😀", "e\u0301");

    @Property(tries = 300)
    void segmentsSpellBothTextsExactly(@ForAll("edited") List<String> pair) {
        TextDiff diff = WordDiff.diff(pair.get(0), pair.get(1));

        assertThat(diff.oldText()).isEqualTo(pair.get(0));
        assertThat(diff.newText()).isEqualTo(pair.get(1));
        assertThat(diff.hasChanges()).isEqualTo(!pair.get(0).equals(pair.get(1)));
    }

    @Property(tries = 300)
    void segmentsAreMergedAndDeletionsComeFirst(@ForAll("edited") List<String> pair) {
        List<DiffSegment> segments = WordDiff.diff(pair.get(0), pair.get(1)).segments();

        for (int i = 1; i < segments.size(); i++) {
            DiffSegment before = segments.get(i - 1);
            DiffSegment after = segments.get(i);
            assertThat(after.kind()).isNotEqualTo(before.kind());
            assertThat(before.kind() == DiffSegment.Kind.INSERTED && after.kind() == DiffSegment.Kind.DELETED)
                    .as("an insertion is never followed directly by a deletion").isFalse();
        }
        assertThat(segments).allSatisfy(s -> assertThat(s.text()).isNotEmpty());
    }

    @Provide
    Arbitrary<List<String>> edited() {
        Arbitrary<List<String>> text = Arbitraries.of(PIECES).list().ofMaxSize(40);
        Arbitrary<List<Edit>> edits = Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.of(PIECES)).as(Edit::new).list().ofMaxSize(6);
        return Combinators.combine(text, edits).as((pieces, changes) -> {
            List<String> changed = new ArrayList<>(pieces);
            changes.forEach(e -> e.applyTo(changed));
            return List.of(String.join("", pieces), String.join("", changed));
        });
    }

    private record Edit(int kind, int at, String piece) {
        void applyTo(List<String> pieces) {
            int i = pieces.isEmpty() ? 0 : at % (pieces.size() + (kind == 0 ? 1 : 0));
            if (kind == 0 || pieces.isEmpty()) {
                pieces.add(Math.min(i, pieces.size()), piece);
            } else if (kind == 1) {
                pieces.remove(i % pieces.size());
            } else {
                pieces.set(i % pieces.size(), piece);
            }
        }
    }
}
