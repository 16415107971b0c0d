package org.clausewright.ui;

import javafx.beans.property.SimpleObjectProperty;
import org.clausewright.app.BundledSample;
import org.clausewright.app.ProjectSession;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.Ids;
import org.clausewright.model.Project;
import org.clausewright.ui.library.LibraryViewModel;
import org.clausewright.ui.outline.OutlineEditing;
import org.clausewright.ui.outline.OutlineViewModel;
import org.clausewright.ui.review.ReviewViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sites hold copies of one project (as two clones would) and add things to it the same day without asking
 * each other: nothing they add may share an id, or their files would collide when the copies meet.
 */
class IdsAcrossSitesTest {
    @TempDir
    Path temp;
    private final List<Site> sites = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (Site s : sites) {
            s.session.close();
        }
    }

    private Site site(String name, Locale locale) throws Exception {
        Path dir = temp.resolve(name);
        BundledSample.install(dir);
        Site s = new Site(dir, locale);
        sites.add(s);
        return s;
    }

    @Test
    void twoSitesAddingAClausePartAndSectionWithTheSameHeadingGetDifferentIds() throws Exception {
        Site geneva = site("geneva", Locale.ENGLISH);
        Site accra = site("accra", Locale.ENGLISH);
        List<String> a = geneva.addClausePartSection();
        List<String> b = accra.addClausePartSection();

        assertThat(a).allSatisfy(id -> assertThat(Ids.isValid(id)).as(id).isTrue());
        assertThat(b).allSatisfy(id -> assertThat(Ids.isValid(id)).as(id).isTrue());
        assertThat(a).doesNotContainAnyElementsOf(b);
        assertThat(a.get(0)).startsWith("c-new-clause-");
        assertThat(a.get(1)).startsWith("p-new-part-");
        assertThat(a.get(2)).startsWith("s-new-section-");
    }

    @Test
    void chineseHeadingsAtTwoSitesGetDifferentIds() throws Exception {
        Site tianjin = site("tianjin", Locale.SIMPLIFIED_CHINESE);
        Site beijing = site("beijing", Locale.SIMPLIFIED_CHINESE);
        List<String> a = tianjin.addClausePartSection();
        List<String> b = beijing.addClausePartSection();

        assertThat(tianjin.document.project().clause(a.get(0)).orElseThrow().heading()).isEqualTo("新条款");
        assertThat(a).doesNotContainAnyElementsOf(b);
        assertThat(a.get(0)).matches("c-[0-9a-z]{10}");
        assertThat(Stream.concat(a.stream(), b.stream())).allSatisfy(id -> assertThat(Ids.isValid(id)).isTrue());
    }

    @Test
    void clausesRenamedInArabicAndDuplicatedAtTwoSitesGetDifferentIds() throws Exception {
        Site cairo = site("cairo", Locale.ENGLISH);
        Site rabat = site("rabat", Locale.ENGLISH);
        String clause = cairo.clauseNumbered("1.1");
        List<String> copies = new ArrayList<>();
        for (Site s : List.of(cairo, rabat)) {
            s.rename(clause, "الوعي بالاستخدام المزدوج");
            copies.add(s.library.duplicate(clause).orElseThrow());
        }
        assertThat(copies.get(0)).isNotEqualTo(copies.get(1)).matches("c-[0-9a-z]{10}");
        assertThat(cairo.document.project().clause(copies.get(0)).orElseThrow().alternativeOf()).isEqualTo(clause);
    }

    @Test
    void threadsAndRepliesAtTwoSitesGetDifferentIds() throws Exception {
        Site geneva = site("geneva", Locale.ENGLISH);
        Site accra = site("accra", Locale.ENGLISH);
        String clause = geneva.clauseNumbered("2.1");
        List<String> ids = new ArrayList<>();
        for (Site s : List.of(geneva, accra)) {
            s.document.selectedClauseIdProperty().set(clause);
            String thread = s.review.add(AnnotationKind.COMMENT, "Why \"shall\"?", "").orElseThrow();
            s.review.reply(thread, "Because it binds.");
            ids.add(thread);
            ids.add(s.document.project().threadsOf(clause).stream().filter(t -> t.id().equals(thread))
                    .findFirst().orElseThrow().replies().get(0).id());
        }
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("[tr]-[0-9a-z]{10}"));
    }

    @Test
    void existingIdsAndFilesStayAsTheyWereAfterOpeningAddingAndSaving() throws Exception {
        Site site = site("geneva", Locale.ENGLISH);
        Project before = site.document.project();
        Set<String> filesBefore = files(site.dir.resolve("clauses"));
        String added = site.addClausePartSection().get(0);
        site.session.save();

        Project after = ProjectSession.open(site.dir, "Reader").project();
        assertThat(after.clauses().keySet()).containsAll(before.clauses().keySet())
                .hasSize(before.clauses().size() + 1).contains(added);
        before.clauses().values().forEach(c -> assertThat(after.clause(c.id()).orElseThrow().brackets())
                .as(c.id()).isEqualTo(c.brackets()));
        assertThat(files(site.dir.resolve("clauses"))).containsAll(filesBefore).contains(added + ".json");
        assertThat(after.outline().clauseIds()).containsAll(before.outline().clauseIds());
    }

    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return Set.copyOf(list.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static final class Site {
        final Path dir;
        final ProjectSession session;
        final ProjectViewModel document;
        final OutlineViewModel outline;
        final OutlineEditing editing;
        final LibraryViewModel library;
        final ReviewViewModel review;

        Site(Path dir, Locale locale) throws Exception {
            this.dir = dir;
            session = ProjectSession.open(dir, "Amina Diallo");
            Messages messages = new Messages(locale);
            document = new ProjectViewModel(session, messages, new ScriptedDialogs(), Background.immediate(),
                    "Amina Diallo");
            outline = new OutlineViewModel(messages);
            outline.show(document.project());
            document.projectProperty().addListener((o, a, p) -> outline.show(p));
            editing = new OutlineEditing(document, outline);
            library = new LibraryViewModel(document, new SimpleObjectProperty<>());
            review = new ReviewViewModel(document, () -> Instant.parse("2026-05-04T09:00:00Z"));
        }

        String clauseNumbered(String number) {
            var numbering = document.project().outline().numbering();
            return document.project().outline().clauseIds().stream()
                    .filter(id -> numbering.label(id).equals(number)).findFirst().orElseThrow();
        }

        /** A clause after 1.1, a part after part 1 and a section in it; their ids. */
        List<String> addClausePartSection() {
            outline.selectedProperty().set(outline.find(clauseNumbered("1.1")).orElseThrow());
            String clause = editing.addClause().orElseThrow();
            String part = editing.addPart().orElseThrow();
            outline.selectedProperty().set(outline.find(part).orElseThrow());
            String section = editing.addSection().orElseThrow();
            return List.of(clause, part, section);
        }

        void rename(String clauseId, String heading) {
            editing.rename(outline.find(clauseId).orElseThrow(), heading);
        }
    }
}
