package org.clausewright.cli;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clausewright.app.FrameworkLibrary;
import org.clausewright.app.ProjectTemplate;
import org.clausewright.app.ProjectTemplates;
import org.clausewright.model.Category;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Coverage;
import org.clausewright.model.ElementCoverage;
import org.clausewright.model.Framework;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each starter project, made as a member makes it (`new DIR --template FIELD`): valid with no warning, one recorded
 * version, proposed clauses in categories of its own, a Word draft with every starter heading, and no gap in the
 * coverage of its field's framework.
 */
class TemplateProjectsTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"biology", "ai", "cyber", "space"})
    void eachTemplateMakesAValidProjectWithOneVersionThatExportsEveryStarterHeadingAndHasNoGap(String template)
            throws Exception {
        Path dir = temp.resolve(template + "-code");
        CliRun made = CliRun.of("new", dir.toString(), "--template", template, "--author", "Tester");
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(made.out()).contains("from the " + template + " template");

        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out() + validate.err()).doesNotContain("warning");

        CliRun log = CliRun.of("log", dir.toString());
        assertThat(log.out().lines().toList()).as("one recorded version and no other history").hasSize(1)
                .allMatch(line -> line.contains("Tester") && line.contains("Project created"));

        Project project = ProjectReader.read(new ProjectFolder(dir)).orThrow();
        List<Clause> draft = project.outline().clauseIds().stream().map(id -> project.clauses().get(id)).toList();
        assertThat(draft).hasSizeBetween(8, 15);
        assertThat(project.outline().parts()).hasSizeGreaterThanOrEqualTo(2);
        Set<String> categories = project.info().categories().stream().map(Category::id).collect(Collectors.toSet());
        assertThat(draft).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(ClauseStatus.PROPOSED);
            assertThat(categories).contains(c.category());
        });

        ProjectTemplate shipped = ProjectTemplates.bundled().require(template);
        Framework framework = project.framework(shipped.framework()).orElseThrow();
        assertThat(framework).as("the project's copy is the library's framework")
                .isEqualTo(FrameworkLibrary.bundled().frameworks().stream()
                        .filter(f -> f.id().equals(shipped.framework())).findFirst().orElseThrow());
        Coverage coverage = Coverage.of(project, framework);
        assertThat(coverage.elements()).hasSameSizeAs(framework.elements());
        assertThat(coverage.gaps()).extracting(e -> e.element().id()).as("elements no clause addresses").isEmpty();
        assertThat(coverage.elements()).extracting(ElementCoverage::clauseIds).allSatisfy(ids ->
                assertThat(project.outline().clauseIds()).containsAll(ids));

        Path docx = temp.resolve(template + ".docx");
        CliRun export = CliRun.of("export", dir.toString(), "-o", docx.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(draft).allSatisfy(c -> assertThat(paragraphs).as(c.heading())
                    .anyMatch(p -> p.contains(c.heading())));
        }
    }
}
