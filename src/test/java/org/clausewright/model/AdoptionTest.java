package org.clausewright.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing is agreed until everything is agreed: what blocks adoption, clause by clause. */
class AdoptionTest {
    private static Project draft(Clause... clauses) {
        Map<String, Clause> byId = new TreeMap<>();
        List<OutlineItem> items = new java.util.ArrayList<>();
        for (Clause c : clauses) {
            byId.put(c.id(), c);
            items.add(new ClauseRef(c.id()));
        }
        // a library clause, not in the draft, blocks nothing
        byId.put("lib", Clause.of("lib", "Library", "[anything]"));
        return new Project(ProjectInfo.titled("p", "P"), new Outline(List.of(new Part("p1", "Part", items))), byId,
                Map.of());
    }

    private static Clause agreed(String id, String text) {
        return Decided.as(BracketSync.reconcile(Clause.of(id, "Heading " + id, text)), ClauseStatus.AGREED);
    }

    @Test
    void aDraftWhoseClausesAreAllAgreedWithNoOpenBracketCanBeAdopted() {
        Project project = draft(agreed("a", "One."), agreed("b", "Two."),
                Decided.as(Clause.of("w", "Withdrawn", "[Gone]"), ClauseStatus.WITHDRAWN));
        assertThat(Adoption.blockers(project)).isEmpty();
        assertThat(Adoption.canAdopt(project)).isTrue();
    }

    @Test
    void eachClauseNotAgreedAndEachOpenBracketBlocksWithItsNumber() {
        Clause wg = Decided.as(Clause.of("b", "Two", "Two."), ClauseStatus.AGREED_WG);
        Clause bracketed = BracketSync.reconcile(Clause.of("c", "Three", "[Three][3] and [more]."));
        Project project = draft(agreed("a", "One."), wg, bracketed, Decided.as(Clause.of("d", "Four", "Four."),
                ClauseStatus.AGREED_AD_REF));
        assertThat(Adoption.blockers(project)).extracting(b -> b.number() + " " + b.heading() + ": " + b.reason())
                .containsExactly("1.2 Two: agreed-wg", "1.3 Three: 2 open brackets", "1.3 Three: proposed",
                        "1.4 Four: agreed-ad-ref");
        assertThat(Adoption.canAdopt(project)).isFalse();
        // an agreed clause whose text got a bracket back (a hand edit) blocks too
        Project edited = draft(agreed("a", "One [1]."));
        assertThat(Adoption.blockers(edited)).extracting(Adoption.Blocker::reason).containsExactly("1 open bracket");
    }
}
