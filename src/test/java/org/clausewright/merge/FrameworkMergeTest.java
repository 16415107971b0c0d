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

    private static Framework withElements(Framework fw, FrameworkElement... elements) {
        return new Framework(fw.id(), fw.title(), fw.shortTitle(), fw.field(), fw.year(), fw.issuedBy(),
                fw.citation(), fw.url(), fw.note(), List.of(elements), fw.extras());
    }

    private static FrameworkElement element(Project p, String id) {
        return p.framework("tianjin-2021").orElseThrow().element(id).orElseThrow();
    }

    @Test
    void oneElementsTitleChangedAtEachSiteAndItsSummaryAtOneAreEachKeptOrListed() {
        FrameworkElement one = TIANJIN.elements().get(0);
        FrameworkElement two = TIANJIN.elements().get(1);
        FrameworkElement ten = TIANJIN.elements().get(2);
        Project ours = base.withFramework(withElements(TIANJIN,
                new FrameworkElement("1", "1", "Ethical standards of research", ""), two,
                new FrameworkElement("10", "10", "Cooperation", "Work with others.")));
        Project theirs = base.withFramework(withElements(TIANJIN,
                new FrameworkElement("1", "1", "Ethics and integrity", "Keep to the highest standards."), two,
                ten));

        MergeOutcome here = ProjectMerge.merge(base, ours, theirs, GENEVA, OSLO, T0);

        // one side's change is taken: their summary of element 1, our summary of element 10
        assertThat(element(here.merged(), "1").summary()).isEqualTo("Keep to the highest standards.");
        assertThat(element(here.merged(), "10").summary()).isEqualTo("Work with others.");
        // both changed element 1's title: held ours, listed with both wordings
        assertThat(element(here.merged(), "1").title()).isEqualTo("Ethical standards of research");
        assertThat(here.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MergeConflict.Kind.FRAMEWORK);
            assertThat(c.clauseId()).isEqualTo("tianjin-2021/1");
            assertThat(c.field()).isEqualTo("title");
            assertThat(c.base()).isEqualTo("Ethical standards");
            assertThat(c.ours()).isEqualTo("Ethical standards of research");
            assertThat(c.theirs()).isEqualTo("Ethics and integrity");
        });
        assertThat(ProjectMerge.merge(base, theirs, ours, OSLO, GENEVA, T0).conflicts()).singleElement()
                .satisfies(c -> assertThat(c.ours()).isEqualTo("Ethics and integrity"));
    }

    @Test
    void theSameChangeAtBothSitesIsTakenOnceAndNotListed() {
        Framework renamed = new Framework("tianjin-2021", "Tianjin Biosecurity Guidelines", "", "biology", 2021, "",
                "", "", "", TIANJIN.elements(), null);
        Project ours = base.withFramework(withElements(renamed, TIANJIN.elements().get(0),
                TIANJIN.elements().get(1), new FrameworkElement("10", "10", "Cooperation", "Together.")));
        Project theirs = base.withFramework(withElements(renamed, TIANJIN.elements().get(0),
                new FrameworkElement("2", "2", "Laws and norms", "Follow the law."), TIANJIN.elements().get(2)));

        MergeOutcome here = ProjectMerge.merge(base, ours, theirs, GENEVA, OSLO, T0);

        assertThat(here.conflicts()).isEmpty();
        Framework merged = here.merged().framework("tianjin-2021").orElseThrow();
        assertThat(merged.title()).isEqualTo("Tianjin Biosecurity Guidelines");
        assertThat(merged.elements()).extracting(FrameworkElement::summary)
                .containsExactly("", "Follow the law.", "Together.");
    }

    @Test
    void theFrameworksOwnFieldsMergeOneByOne() {
        Framework oursFw = new Framework("tianjin-2021", "Tianjin Guidelines", "Tianjin", "biology", 2021, "",
                "", "", "checked by Geneva", TIANJIN.elements(), null);
        Framework theirsFw = new Framework("tianjin-2021", "Tianjin Guidelines", "", "biology", 2021,
                "Tianjin University", "", "", "checked by Oslo", TIANJIN.elements(), null);

        MergeOutcome here = ProjectMerge.merge(base, base.withFramework(oursFw), base.withFramework(theirsFw),
                GENEVA, OSLO, T0);

        Framework merged = here.merged().framework("tianjin-2021").orElseThrow();
        assertThat(merged.shortTitle()).isEqualTo("Tianjin");
        assertThat(merged.issuedBy()).isEqualTo("Tianjin University");
        assertThat(merged.note()).isEqualTo("checked by Geneva");
        assertThat(here.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.clauseId()).isEqualTo("tianjin-2021");
            assertThat(c.field()).isEqualTo("note");
            assertThat(c.theirs()).isEqualTo("checked by Oslo");
        });
    }

    @Test
    void anElementRemovedAtOneSiteAndChangedAtTheOtherIsKeptAndListed() {
        FrameworkElement changed = new FrameworkElement("2", "2", "Laws, norms and regulations", "");
        Project ours = base.withFramework(withElements(TIANJIN, TIANJIN.elements().get(0),
                TIANJIN.elements().get(2)));
        Project theirs = base.withFramework(withElements(TIANJIN, TIANJIN.elements().get(0), changed,
                TIANJIN.elements().get(2)));

        MergeOutcome here = ProjectMerge.merge(base, ours, theirs, GENEVA, OSLO, T0);

        assertThat(here.merged().framework("tianjin-2021").orElseThrow().elements())
                .extracting(FrameworkElement::id).containsExactly("1", "2", "10");
        assertThat(element(here.merged(), "2")).isEqualTo(changed);
        assertThat(here.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.clauseId()).isEqualTo("tianjin-2021/2");
            assertThat(c.field()).isEqualTo("element");
            assertThat(c.ours()).isEmpty();
            assertThat(c.theirs()).contains("Laws, norms and regulations");
        });
        // removed at one site and left as it was at the other: gone, nothing to choose
        Project untouched = ProjectMerge.merge(base, ours, base, GENEVA, OSLO, T0).merged();
        assertThat(untouched.framework("tianjin-2021").orElseThrow().elements()).extracting(FrameworkElement::id)
                .containsExactly("1", "10");
    }

    @Test
    void theElementOrderOneSiteChangedIsKeptWithTheOtherSitesAdditionsInPlace() {
        FrameworkElement[] e = TIANJIN.elements().toArray(FrameworkElement[]::new);
        FrameworkElement added = new FrameworkElement("2a", "2 bis", "Oversight", "");
        Project ours = base.withFramework(withElements(TIANJIN, e[2], e[0], e[1]));
        Project theirs = base.withFramework(withElements(TIANJIN, e[0], e[1], added, e[2]));

        List<String> here = ProjectMerge.merge(base, ours, theirs, GENEVA, OSLO, T0).merged()
                .framework("tianjin-2021").orElseThrow().elements().stream().map(FrameworkElement::id).toList();
        List<String> there = ProjectMerge.merge(base, theirs, ours, OSLO, GENEVA, T0).merged()
                .framework("tianjin-2021").orElseThrow().elements().stream().map(FrameworkElement::id).toList();

        assertThat(here).containsExactly("10", "1", "2", "2a");
        assertThat(there).isEqualTo(here);
    }

    @Test
    void anAddressRemovedAtOneSiteWhileTheOtherChangedItsExtentIsKept() {
        Project b = addressing(base, "c-1", new Address("tianjin-2021", "1", Extent.FULL),
                new Address("tianjin-2021", "2", Extent.FULL));
        Project ours = addressing(b, "c-1", new Address("tianjin-2021", "2", Extent.FULL));
        Project theirs = addressing(b, "c-1", new Address("tianjin-2021", "1", Extent.PARTIAL),
                new Address("tianjin-2021", "2", Extent.FULL), new Address("tianjin-2021", "10", Extent.FULL));

        List<Address> merged = addresses(ProjectMerge.merge(b, ours, theirs, GENEVA, OSLO, T0), "c-1");
        assertThat(merged).containsExactly(new Address("tianjin-2021", "1", Extent.PARTIAL),
                new Address("tianjin-2021", "2", Extent.FULL), new Address("tianjin-2021", "10", Extent.FULL));
        assertThat(addresses(ProjectMerge.merge(b, theirs, ours, OSLO, GENEVA, T0), "c-1")).isEqualTo(merged);
    }

    private static Project choose(Project draft, MergeConflict conflict, MergeConflict.Side side) {
        return new org.clausewright.command.MergeResolution(conflict, side, new org.clausewright.model.Negotiation
                .Context(T0, "Amina Diallo", "", "", "")).apply(draft);
    }

    @Test
    void theElementOrderBothSitesChangedDifferentlyIsListedWithOursHeldAndTheOtherCanBeChosen() {
        FrameworkElement[] e = TIANJIN.elements().toArray(FrameworkElement[]::new);
        FrameworkElement added = new FrameworkElement("2a", "2 bis", "Oversight", "");
        Project ours = base.withFramework(withElements(TIANJIN, e[2], e[0], e[1]));
        Project theirs = base.withFramework(withElements(TIANJIN, e[1], added, e[0], e[2]));

        MergeOutcome here = ProjectMerge.merge(base, ours, theirs, GENEVA, OSLO, T0);

        assertThat(here.merged().framework("tianjin-2021").orElseThrow().elements()).extracting(FrameworkElement::id)
                .containsExactly("10", "1", "2", "2a");
        MergeConflict order = here.conflicts().stream().filter(c -> c.field().equals("order")).findFirst()
                .orElseThrow(() -> new AssertionError("the order is not listed: " + here.conflicts()));
        assertThat(order.kind()).isEqualTo(MergeConflict.Kind.FRAMEWORK);
        assertThat(order.clauseId()).isEqualTo("tianjin-2021");
        assertThat(List.of(order.base(), order.ours(), order.theirs())).containsExactly("1 2 10", "10 1 2", "2 1 10");
        assertThat(ConflictState.held(here.merged(), order)).contains(MergeConflict.Side.OURS);
        assertThat(ProjectMerge.merge(base, theirs, ours, OSLO, GENEVA, T0).conflicts())
                .anySatisfy(c -> assertThat(c.ours()).isEqualTo("2 1 10"));

        // the other site's order, chosen: the element only it added stays where it is
        Project chosen = choose(here.merged(), order, MergeConflict.Side.THEIRS);
        assertThat(chosen.framework("tianjin-2021").orElseThrow().elements()).extracting(FrameworkElement::id)
                .containsExactly("2", "1", "10", "2a");
        assertThat(ConflictState.held(chosen, order)).contains(MergeConflict.Side.THEIRS);
    }

    @Test
    void aFrameworkRemovedAtOneSiteAndEditedAtTheOtherIsKeptAndListedAndCanStillBeTakenOut() {
        Framework edited = new Framework("tianjin-2021", "Tianjin Guidelines (edited)", "", "biology", 2021, "", "",
                "", "", TIANJIN.elements(), null);
        Project ours = base.withoutFramework("tianjin-2021");
        Project theirs = base.withFramework(edited);

        MergeOutcome here = ProjectMerge.merge(base, ours, theirs, GENEVA, OSLO, T0);

        assertThat(here.merged().framework("tianjin-2021")).contains(edited);
        MergeConflict kept = here.conflicts().stream().filter(c -> c.field().equals("framework")).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + here.conflicts()));
        assertThat(kept.kind()).isEqualTo(MergeConflict.Kind.FRAMEWORK);
        assertThat(kept.clauseId()).isEqualTo("tianjin-2021");
        assertThat(kept.ours()).isEmpty();
        assertThat(kept.theirs()).isEqualTo("Tianjin Guidelines (edited)");
        assertThat(kept.holds()).isEqualTo(MergeConflict.Side.THEIRS);
        assertThat(kept.offers(MergeConflict.Side.BASE)).isFalse();
        assertThat(ConflictState.held(here.merged(), kept)).contains(MergeConflict.Side.THEIRS);
        assertThat(ProjectMerge.merge(base, theirs, ours, OSLO, GENEVA, T0).conflicts()).singleElement()
                .satisfies(c -> assertThat(c.holds()).isEqualTo(MergeConflict.Side.OURS));

        Project removed = choose(here.merged(), kept, MergeConflict.Side.OURS);
        assertThat(removed.framework("tianjin-2021")).isEmpty();
        assertThat(ConflictState.held(removed, kept)).contains(MergeConflict.Side.OURS);
        // nothing else of the draft changes with it
        assertThat(removed.clauses()).isEqualTo(here.merged().clauses());
    }
}
