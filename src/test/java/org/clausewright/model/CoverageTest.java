package org.clausewright.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Coverage: covered when a clause of the draft addresses an element fully, partly when only partly, else a gap. */
class CoverageTest {
    private static final Framework FW = new Framework("tianjin-2021", "Tianjin Biosecurity Guidelines",
            "Tianjin Guidelines", "biology", 2021, "", "", "", "",
            List.of(new FrameworkElement("1", "1", "Ethical standards", ""),
                    new FrameworkElement("2", "2", "Laws and norms", ""),
                    new FrameworkElement("3", "3", "Responsible conduct", ""),
                    new FrameworkElement("4", "4", "Participants", "")), null);

    private static Clause clause(String id, Address... addresses) {
        return Clause.of(id, id, "Text.").withAddresses(List.of(addresses));
    }

    private static Project project() {
        Clause b = clause("b", new Address("tianjin-2021", "1", Extent.PARTIAL),
                new Address("tianjin-2021", "2", Extent.PARTIAL));
        Clause a = clause("a", new Address("tianjin-2021", "1", Extent.FULL),
                new Address("other-2020", "1", Extent.FULL));
        // in the library, not the draft: it does not count
        Clause lib = clause("lib", new Address("tianjin-2021", "3", Extent.FULL));
        // names an element the framework does not have: kept, and ignored by coverage
        Clause odd = clause("odd", new Address("tianjin-2021", "99", Extent.FULL));
        Outline outline = new Outline(List.of(new Part("p", "Part", List.of(new ClauseRef("b"), new ClauseRef("a"),
                new ClauseRef("odd")))));
        return new Project(ProjectInfo.titled("x", "X"), outline, Map.of("a", a, "b", b, "lib", lib, "odd", odd),
                Map.of()).withFramework(FW);
    }

    @Test
    void eachElementIsCoveredPartlyCoveredOrAGapWithItsClausesInOutlineOrder() {
        Coverage coverage = Coverage.of(project(), FW);

        assertThat(coverage.elements()).extracting(ElementCoverage::state).containsExactly(CoverageState.COVERED,
                CoverageState.PARTLY, CoverageState.GAP, CoverageState.GAP);
        assertThat(coverage.elements().get(0).clauses()).containsExactly(
                new ElementCoverage.Addressing("b", Extent.PARTIAL), new ElementCoverage.Addressing("a", Extent.FULL));
        assertThat(coverage.elements().get(1).clauseIds()).containsExactly("b");
        assertThat(coverage.gaps()).extracting(e -> e.element().id()).containsExactly("3", "4");
        assertThat(coverage.count(CoverageState.GAP)).isEqualTo(2);
    }

    @Test
    void removingTheClauseFromTheDraftOpensTheGapAgain() {
        Project p = project();
        Project without = p.withOutline(new Outline(List.of(new Part("p", "Part", List.of(new ClauseRef("b"))))));
        assertThat(Coverage.of(without, FW).elements().get(0).state()).isEqualTo(CoverageState.PARTLY);
        assertThat(Coverage.all(without)).hasSize(1);
    }
}
