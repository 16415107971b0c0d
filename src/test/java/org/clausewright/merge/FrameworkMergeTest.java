package org.clausewright.merge;

import org.clausewright.model.Address;
import org.clausewright.model.Extent;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.merge.Drafts.GENEVA;
import static org.clausewright.merge.Drafts.OSLO;
import static org.clausewright.merge.Drafts.T0;
import static org.clausewright.merge.Drafts.base;

/** Two sites mapping the draft to a framework: addresses merge as a set per clause, frameworks by id. */
class FrameworkMergeTest {
    private static final Framework TIANJIN = new Framework("tianjin-2021", "Tianjin Guidelines", "", "biology", 2021,
            "", "", "", "", List.of(new FrameworkElement("1", "1", "Ethical standards", ""),
            new FrameworkElement("2", "2", "Laws and norms", ""), new FrameworkElement("10", "10", "Cooperation", "")),
            null);
    private final Project base = base().withFramework(TIANJIN);

    private static Project addressing(Project p, String clauseId, Address... addresses) {
        return p.withClause(p.clause(clauseId).orElseThrow().withAddresses(List.of(addresses)));
    }

    private static List<Address> addresses(MergeOutcome outcome, String clauseId) {
        return outcome.merged().clause(clauseId).orElseThrow().addresses();
    }

    @Test
    void elementsAddedAtEitherSiteAreBothKeptWhatOneRemovedGoes() {
        Project b = addressing(base, "c-1", new Address("tianjin-2021", "1", Extent.FULL));
        Project ours = addressing(b, "c-1", new Address("tianjin-2021", "1", Extent.FULL),
                new Address("tianjin-2021", "10", Extent.PARTIAL));
        Project theirs = addressing(b, "c-1", new Address("tianjin-2021", "2", Extent.FULL));

        MergeOutcome here = ProjectMerge.merge(b, ours, theirs, GENEVA, OSLO, T0);
        MergeOutcome there = ProjectMerge.merge(b, theirs, ours, OSLO, GENEVA, T0);

        assertThat(addresses(here, "c-1")).extracting(Address::element).containsExactly("2", "10");
        assertThat(addresses(there, "c-1")).isEqualTo(addresses(here, "c-1"));
        assertThat(here.conflicts()).isEmpty();
    }

    @Test
    void anExtentChangedDifferentlyAtBothSitesBecomesPartialWhicheverSiteMerges() {
        Project b = addressing(base, "c-2", new Address("tianjin-2021", "1", Extent.PARTIAL),
                new Address("tianjin-2021", "2", Extent.FULL));
        Project ours = addressing(b, "c-2", new Address("tianjin-2021", "1", Extent.FULL),
                new Address("tianjin-2021", "2", Extent.FULL), new Address("tianjin-2021", "10", Extent.FULL));
        Project theirs = addressing(b, "c-2", new Address("tianjin-2021", "1", Extent.PARTIAL),
                new Address("tianjin-2021", "2", Extent.PARTIAL));

        List<Address> merged = addresses(ProjectMerge.merge(b, ours, theirs, GENEVA, OSLO, T0), "c-2");
        assertThat(merged).containsExactly(new Address("tianjin-2021", "1", Extent.FULL),
                new Address("tianjin-2021", "2", Extent.PARTIAL), new Address("tianjin-2021", "10", Extent.FULL));
        assertThat(addresses(ProjectMerge.merge(b, theirs, ours, OSLO, GENEVA, T0), "c-2")).isEqualTo(merged);
    }

    @Test
    void aFrameworkAddedAtOneSiteArrivesAndOneRemovedThereGoesUnlessTheOtherEditedIt() {
        Project noFramework = base().withFramework(TIANJIN).withoutFramework("tianjin-2021");
        Project added = noFramework.withFramework(TIANJIN);
        assertThat(ProjectMerge.merge(noFramework, noFramework, added, GENEVA, OSLO, T0).merged().frameworks())
                .containsOnlyKeys("tianjin-2021");

        Project removed = base.withoutFramework("tianjin-2021");
        assertThat(ProjectMerge.merge(base, removed, base, GENEVA, OSLO, T0).merged().frameworks()).isEmpty();

        Framework edited = new Framework("tianjin-2021", "Tianjin Guidelines (edited)", "", "biology", 2021, "", "",
                "", "", TIANJIN.elements(), null);
        assertThat(ProjectMerge.merge(base, removed, base.withFramework(edited), GENEVA, OSLO, T0).merged()
                .framework("tianjin-2021")).contains(edited);
    }
}
