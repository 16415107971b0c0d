package org.clausewright.ui.merge;

import org.clausewright.command.ReplaceProject;
import org.clausewright.merge.MergeConflict;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.merge.MergeSide;
import org.clausewright.merge.ProjectMerge;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MergeResultsViewModelTest {
    static final MergeSide OSLO = new MergeSide("Ingrid Solberg", "", "origin");
    static final MergeSide HERE = new MergeSide("Amina Diallo", "", "this workstation");

    @TempDir
    Path temp;
    private SampleDocument sample;
    private MergeResultsViewModel model;
    private String id;

    /**
     * The sample merged with a draft that retitled one clause differently and put a different word before its
     * text (both only added words there, so the words before, none, stand as an option too).
     */
    static MergeOutcome merged(Project base, String id) {
        Clause clause = base.clause(id).orElseThrow();
        Project ours = base.withClause(BracketSync.reconcile(clause.withHeading("Our heading")
                .withText("Ours " + clause.text())));
        Project theirs = base.withClause(BracketSync.reconcile(clause.withHeading("Their heading")
                .withText("Theirs " + clause.text())));
        return ProjectMerge.merge(base, ours, theirs, HERE, OSLO, Instant.parse("2026-12-02T12:00:00Z"));
    }

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        id = sample.clause("1.1");
        MergeOutcome outcome = merged(sample.document.project(), id);
        sample.document.execute(new ReplaceProject(outcome.merged(), "command.resolveMerge"));
        model = new MergeResultsViewModel(sample.document, outcome, OSLO,
                Clock.fixed(Instant.parse("2026-12-02T13:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void theSummaryJoinsTheOtherSitesAuthorsAsTheMembersLanguageDoes() throws Exception {
        MergeSide two = new MergeSide("Ingrid Solberg and Li Wei", "", "origin", List.of("Ingrid Solberg", "Li Wei"));
        for (var expected : java.util.Map.of(Locale.forLanguageTag("ru"), "Ingrid Solberg и Li Wei",
                Locale.FRENCH, "Ingrid Solberg et Li Wei", Locale.forLanguageTag("zh-CN"), "Ingrid Solberg和Li Wei",
                Locale.forLanguageTag("ar"), "Ingrid Solberg وLi Wei").entrySet()) {
            SampleDocument other = new SampleDocument(temp.resolve(expected.getKey().toLanguageTag()),
                    expected.getKey());
            try {
                MergeOutcome outcome = merged(other.document.project(), other.clause("1.1"));
                String summary = new MergeResultsViewModel(other.document, outcome, two, Clock.systemUTC()).summary();
                assertThat(summary).contains(expected.getValue()).doesNotContain(" and ");
            } finally {
                other.close();
            }
        }
    }

    @Test
    void eachConflictShowsTheThreeValuesAndWhichTheDraftHolds() {
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.subject()).startsWith("1.1 ");
            assertThat(row.field()).isEqualTo("Heading");
            assertThat(row.ours()).isEqualTo("Our heading");
            assertThat(row.theirs()).isEqualTo("Their heading");
            assertThat(row.held()).isEqualTo(MergeConflict.Side.OURS);
        });
        assertThat(model.summary()).isEqualTo("Merged with origin: 1 clause from Ingrid Solberg, 1 bracket to "
                + "decide, 1 conflict to choose");
        assertThat(model.brackets()).singleElement().asString().startsWith("1.1 ").endsWith("[Ours  / Theirs  / no text]");
    }

    @Test
    void oneClickChoosesAndUndoComesBack() {
        assertThat(model.choose(model.rows().get(0), MergeConflict.Side.THEIRS)).isTrue();
        assertThat(sample.document.project().clause(id).orElseThrow().heading()).isEqualTo("Their heading");
        assertThat(model.rows().get(0).held()).isEqualTo(MergeConflict.Side.THEIRS);
        sample.document.undo();
        assertThat(model.rows().get(0).held()).isEqualTo(MergeConflict.Side.OURS);
        assertThat(sample.document.project().clause(id).orElseThrow().heading()).isEqualTo("Our heading");
    }

    @Test
    void aFrameworkElementsConflictIsNamedByFrameworkAndElementAndChosenWithUndo() {
        Project now = sample.document.project();
        org.clausewright.model.Framework fw = now.frameworks().values().iterator().next();
        org.clausewright.model.FrameworkElement two = fw.elements().get(1);
        java.util.function.Function<String, Project> retitled = title -> now.withFramework(
                new org.clausewright.model.Framework(fw.id(), fw.title(), fw.shortTitle(), fw.field(), fw.year(),
                        fw.issuedBy(), fw.citation(), fw.url(), fw.note(), fw.elements().stream()
                        .map(e -> e == two ? new org.clausewright.model.FrameworkElement(e.id(), e.number(), title,
                                e.summary()) : e).toList(), fw.extras()));
        MergeOutcome outcome = ProjectMerge.merge(now, retitled.apply("Ours"), retitled.apply("Theirs"), HERE,
                OSLO, Instant.parse("2026-12-02T12:00:00Z"));
        sample.document.execute(new ReplaceProject(outcome.merged(), "command.resolveMerge"));
        MergeResultsViewModel framework = new MergeResultsViewModel(sample.document, outcome, OSLO,
                Clock.fixed(Instant.parse("2026-12-02T13:00:00Z"), ZoneOffset.UTC));

        assertThat(framework.rows()).singleElement().satisfies(row -> {
            assertThat(row.subject()).isEqualTo(fw.displayTitle() + ", element " + two.number());
            assertThat(row.field()).isEqualTo("Title");
            assertThat(row.base()).isEqualTo(two.title());
            assertThat(row.theirs()).isEqualTo("Theirs");
            assertThat(row.held()).isEqualTo(MergeConflict.Side.OURS);
        });
        assertThat(framework.choose(framework.rows().get(0), MergeConflict.Side.THEIRS)).isTrue();
        assertThat(sample.document.project().framework(fw.id()).orElseThrow().elements().get(1).title())
                .isEqualTo("Theirs");
        sample.document.undo();
        assertThat(framework.rows().get(0).held()).isEqualTo(MergeConflict.Side.OURS);
    }

    /** The sample's first framework removed here and retitled there, merged into the draft of {@code doc}. */
    private static MergeResultsViewModel frameworkRemovedHereEditedThere(SampleDocument doc) {
        Project now = doc.document.project();
        org.clausewright.model.Framework fw = now.frameworks().values().iterator().next();
        org.clausewright.model.Framework edited = new org.clausewright.model.Framework(fw.id(), "Edited guidelines",
                "", fw.field(), fw.year(), fw.issuedBy(), fw.citation(), fw.url(), fw.note(), fw.elements(),
                fw.extras());
        MergeOutcome outcome = ProjectMerge.merge(now, now.withoutFramework(fw.id()), now.withFramework(edited),
                HERE, OSLO, Instant.parse("2026-12-02T12:00:00Z"));
        doc.document.execute(new ReplaceProject(outcome.merged(), "command.resolveMerge"));
        return new MergeResultsViewModel(doc.document, outcome, OSLO,
                Clock.fixed(Instant.parse("2026-12-02T13:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aFrameworkTakenOutByAChoiceComesBackByChoosingTheSideThatKeptIt() {
        MergeResultsViewModel framework = frameworkRemovedHereEditedThere(sample);
        String id = framework.rows().get(0).conflict().clauseId();
        Project merged = sample.document.project();

        assertThat(framework.choose(framework.rows().get(0), MergeConflict.Side.OURS)).isTrue();
        assertThat(sample.document.project().framework(id)).isEmpty();
        assertThat(framework.rows().get(0).held()).isEqualTo(MergeConflict.Side.OURS);

        assertThat(framework.choose(framework.rows().get(0), MergeConflict.Side.THEIRS)).isTrue();
        assertThat(sample.dialogs.errors).isEmpty();
        assertThat(sample.document.project().framework(id)).isEqualTo(merged.framework(id));
        assertThat(sample.document.project().framework(id).orElseThrow().title()).isEqualTo("Edited guidelines");
        assertThat(framework.rows().get(0).held()).isEqualTo(MergeConflict.Side.THEIRS);
    }

    @Test
    void aChoiceThatCannotBeMadeIsRefusedInTheMembersLanguage() throws Exception {
        SampleDocument french = new SampleDocument(temp.resolve("fr"), Locale.FRENCH);
        try {
            MergeResultsViewModel framework = frameworkRemovedHereEditedThere(french);
            // listed by a version that did not keep the framework (read from an older conflicts file)
            MergeConflict listed = framework.rows().get(0).conflict();
            MergeConflict older = new MergeConflict(listed.kind(), listed.clauseId(), listed.field(), listed.base(),
                    listed.ours(), listed.theirs(), listed.holds(), null, null);
            MergeResultsViewModel waiting = MergeResultsViewModel.waiting(french.document, List.of(older), OSLO,
                    Clock.systemUTC(), c -> { });
            assertThat(waiting.choose(waiting.rows().get(0), MergeConflict.Side.OURS)).isTrue();

            assertThat(waiting.choose(waiting.rows().get(0), MergeConflict.Side.THEIRS)).isFalse();

            assertThat(french.dialogs.errors).singleElement().asString()
                    .startsWith("Échec : Choix du résultat de fusion: ")
                    .contains("« Edited guidelines » n’est plus dans le projet")
                    .doesNotContain("no longer").doesNotContain("undo");
        } finally {
            french.close();
        }
    }

    /** The line the window shows, in the member's language, when THEIRS of {@code conflict} cannot be chosen. */
    private static String refused(SampleDocument doc, MergeConflict conflict) {
        List<MergeConflict> settled = new java.util.ArrayList<>();
        MergeResultsViewModel waiting = MergeResultsViewModel.waiting(doc.document, List.of(conflict), OSLO,
                Clock.systemUTC(), settled::add);
        int before = doc.dialogs.errors.size();
        assertThat(waiting.choose(waiting.rows().get(0), MergeConflict.Side.THEIRS)).as(conflict.kind().name())
                .isFalse();
        assertThat(settled).as("a refused choice leaves its conflict waiting").isEmpty();
        assertThat(doc.dialogs.errors).hasSize(before + 1);
        return doc.dialogs.errors.get(before);
    }

    @Test
    void eachRefusalOfTheCommandReachesTheWindowInFrench() throws Exception {
        SampleDocument french = new SampleDocument(temp.resolve("fr"), Locale.FRENCH);
        try {
            Project now = french.document.project();
            String id = french.clause("1.1");
            Clause bracketed = BracketSync.reconcile(now.clause(id).orElseThrow()
                    .withText("Les membres [doivent / devraient] agir."));
            french.document.execute(new ReplaceProject(now.withClause(bracketed), "command.edit"));
            org.clausewright.model.Framework fw = now.frameworks().values().iterator().next();
            String heading = bracketed.heading();
            String first = now.outline().parts().get(0).id() + " ";
            java.util.Map<MergeConflict, String> expected = new java.util.LinkedHashMap<>();
            expected.put(new MergeConflict(MergeConflict.Kind.CLAUSE_FIELD, "c-gone", "heading", "A", "B", "C",
                    MergeConflict.Side.OURS),
                    "« c-gone » n’est plus dans le projet de texte : il n’y a rien à choisir.");
            expected.put(new MergeConflict(MergeConflict.Kind.PLACEMENT, id, "placement", first, first, "p-gone ",
                    MergeConflict.Side.OURS), "La partie ou la section où l’autre site a placé « 1.1 " + heading
                    + " » n’est plus dans le projet de texte : déplacez la clause à la main.");
            expected.put(new MergeConflict(MergeConflict.Kind.FRAMEWORK, "who-2022", "title", "A", "B", "C",
                    MergeConflict.Side.OURS), "« who-2022 » n’est plus dans le projet : annulez sa suppression");
            expected.put(new MergeConflict(MergeConflict.Kind.FRAMEWORK, fw.id() + "/e-gone", "title", "A", "B", "C",
                    MergeConflict.Side.OURS), fw.displayTitle() + ", élément e-gone n’est plus dans le cadre de "
                    + "référence : annulez sa suppression");
            expected.put(new MergeConflict(MergeConflict.Kind.STATUS, id, "status", "proposed", "proposed",
                    "agreed", MergeConflict.Side.OURS), "« " + heading + " » ne peut pas passer au statut "
                    + "« adoptée » tant que ce crochet reste ouvert\u00a0: ");
            expected.forEach((conflict, words) -> assertThat(refused(french, conflict)).as(conflict.kind().name())
                    .startsWith("Échec : Choix du résultat de fusion: ").contains(words)
                    .doesNotContain("no longer").doesNotContain("cannot"));
        } finally {
            french.close();
        }
    }

    @Test
    void theCommandsOwnRefusalIsTheOneShown() throws Exception {
        SampleDocument french = new SampleDocument(temp.resolve("fr"), Locale.FRENCH);
        try {
            // the heading of a translation of a clause deleted since: only the command knows there is nothing to do
            MergeConflict translation = new MergeConflict(MergeConflict.Kind.TRANSLATION_HEADING, "c-gone", "es",
                    "A", "B", "C", MergeConflict.Side.OURS);
            MergeConflict other = new MergeConflict(MergeConflict.Kind.CLAUSE_FIELD, "c-gone", "heading", "A", "B",
                    "C", MergeConflict.Side.OURS);
            assertThat(refused(french, translation)).isEqualTo(refused(french, other))
                    .contains("« c-gone » n’est plus dans le projet de texte");

            org.clausewright.command.MergeRefused byCommand = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> new org.clausewright.command.MergeResolution(translation, MergeConflict.Side.THEIRS,
                            new org.clausewright.model.Negotiation.Context(Instant.EPOCH, "", "", "", ""))
                            .apply(french.document.project()), org.clausewright.command.MergeRefused.class);
            assertThat(byCommand.reason()).isEqualTo(org.clausewright.command.MergeRefused.Reason.CLAUSE_GONE);

        } finally {
            french.close();
        }
    }

    // the first part of three clauses or more and nothing else, its clauses in the order {@code order} gives
    private static Project partReordered(Project project, int... order) {
        List<org.clausewright.model.Part> parts = new java.util.ArrayList<>();
        boolean done = false;
        for (org.clausewright.model.Part part : project.outline().parts()) {
            List<org.clausewright.model.OutlineItem> items = new java.util.ArrayList<>(part.items());
            if (!done && items.size() >= 3 && items.stream().allMatch(i -> i instanceof org.clausewright.model.ClauseRef)) {
                for (int k = 0; k < order.length; k++) {
                    items.set(k, part.items().get(order[k]));
                }
                done = true;
            }
            parts.add(new org.clausewright.model.Part(part.id(), part.title(), items, part.extras()));
        }
        return project.withOutline(project.outline().withParts(parts));
    }

    @Test
    void aClauseKeepsItsNumberApartFromItsHeadingAndAnOrdersItemsShowTheirNumbers() {
        Project now = sample.document.project();
        MergeOutcome outcome = ProjectMerge.merge(now, partReordered(now, 1, 0, 2), partReordered(now, 1, 2, 0),
                HERE, OSLO, Instant.parse("2026-12-02T12:00:00Z"));
        sample.document.execute(new ReplaceProject(outcome.merged(), "command.resolveMerge"));
        MergeResultsViewModel order = new MergeResultsViewModel(sample.document, outcome, OSLO,
                Clock.fixed(Instant.parse("2026-12-02T13:00:00Z"), ZoneOffset.UTC));
        var numbering = sample.document.project().outline().numbering();

        assertThat(model.rows().get(0).number()).isEqualTo("1.1");
        assertThat(model.rows().get(0).title()).isEqualTo("Our heading");
        assertThat(order.rows()).singleElement().satisfies(row -> {
            assertThat(row.conflict().kind()).isEqualTo(MergeConflict.Kind.ORDER);
            assertThat(row.number()).isEmpty();
            assertThat(row.order().ours()).hasSize(3).allSatisfy(item -> assertThat(item.number()).isNotEmpty());
            MergeResultsViewModel.Item first = row.order().theirs().get(0);
            assertThat(row.theirs()).startsWith(first.number() + " " + first.title() + "\n");
            String firstId = now.clauses().values().stream().filter(c -> c.heading().equals(first.title()))
                    .findFirst().orElseThrow().id();
            assertThat(first.number()).isEqualTo(numbering.label(firstId));
        });
    }
}
