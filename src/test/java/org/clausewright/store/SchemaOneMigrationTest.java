package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketLayout;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Decision;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project written by a Clausewright of schema version 1 (the sample's last version before issue 11, kept in test
 * resources as it was) opens, loses nothing, and is written back as schema 2.
 */
class SchemaOneMigrationTest {
    @TempDir
    Path dir;

    private Path copyOfSchemaOneProject() throws Exception {
        Path source = schemaOneProject();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve("v1").resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dir.resolve("v1");
    }

    private static Path schemaOneProject() throws URISyntaxException {
        return Path.of(SchemaOneMigrationTest.class.getResource("/schema-1/model-code/project.json").toURI())
                .getParent();
    }

    @Test
    void aSchemaOneProjectOpensWithEveryClauseAsItsFileSays() throws Exception {
        Path v1 = copyOfSchemaOneProject();
        ReadResult result = ProjectReader.read(new ProjectFolder(v1));
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        Project project = result.project();

        List<Path> clauseFiles;
        try (Stream<Path> files = Files.list(v1.resolve("clauses"))) {
            clauseFiles = files.sorted().toList();
        }
        assertThat(clauseFiles).hasSize(36);
        assertThat(project.clauses()).hasSize(36);
        int bracketed = 0;
        for (Path file : clauseFiles) {
            JsonNode raw = JsonFormat.read(Files.readAllBytes(file));
            assertThat(raw.path("schemaVersion").asInt()).isEqualTo(1);
            Clause clause = project.clause(raw.path("id").asText()).orElseThrow();
            List<String> paragraphs = new ArrayList<>();
            raw.path("text").forEach(p -> paragraphs.add(p.asText()));
            assertThat(clause.paragraphs()).as(file.toString()).isEqualTo(paragraphs);
            assertThat(clause.heading()).isEqualTo(raw.path("heading").asText());
            assertThat(clause.status().key()).as(file.toString()).isEqualTo(raw.path("status").asText());
            if (clause.status() != ClauseStatus.PROPOSED) {
                // the status is the one decision that led there, with no time: nobody knows when it was taken
                assertThat(clause.decisions()).singleElement().satisfies(d -> {
                    assertThat(d.id()).isEqualTo("d-schema-1");
                    assertThat(d.time()).isNull();
                    assertThat(d.note()).isEqualTo("Status carried over from schema version 1");
                });
            } else {
                assertThat(clause.decisions()).isEmpty();
            }
            // every bracket of the text has a record, unattributed
            BracketLayout layout = BracketLayout.of(clause);
            assertThat(clause.brackets()).hasSize(layout.openCount());
            for (int k = 0; k < layout.openCount(); k++) {
                assertThat(layout.bracketAt(k)).isPresent();
            }
            assertThat(clause.brackets()).allSatisfy(b -> assertThat(b.options()).noneMatch(o -> o.isAttributed()));
            bracketed += clause.brackets().isEmpty() ? 0 : 1;
        }
        assertThat(bracketed).as("clauses with brackets in the schema-1 sample").isGreaterThanOrEqualTo(3);

        try (Stream<Path> files = Files.list(v1.resolve("annotations"))) {
            for (Path file : files.toList()) {
                JsonNode raw = JsonFormat.read(Files.readAllBytes(file));
                List<AnnotationThread> threads = project.threadsOf(raw.path("clause").asText());
                assertThat(threads).hasSize(raw.path("threads").size());
                for (int i = 0; i < threads.size(); i++) {
                    JsonNode t = raw.path("threads").get(i);
                    assertThat(threads.get(i).id()).isEqualTo(t.path("id").asText());
                    assertThat(threads.get(i).text()).isEqualTo(t.path("text").asText());
                    assertThat(threads.get(i).anchor().quote()).isEqualTo(t.path("anchor").path("quote").asText());
                    assertThat(threads.get(i).replies()).hasSize(t.path("replies").size());
                }
            }
        }
    }

    @Test
    void theMigratedProjectIsWrittenAsSchemaTwoWithNothingLost() throws Exception {
        Path v1 = copyOfSchemaOneProject();
        Project read = ProjectReader.read(new ProjectFolder(v1)).orThrow();
        Path v2 = dir.resolve("v2");
        new ProjectWriter(new ProjectFolder(v2)).writeAll(read);

        Map<String, String> files = texts(v2);
        assertThat(files).isNotEmpty();
        for (Map.Entry<String, String> file : files.entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).startsWith("{\n  \"schemaVersion\": 2,\n");
            assertThat(file.getValue()).as(file.getKey()).doesNotContain("\"status\":");
        }
        ReadResult again = ProjectReader.read(new ProjectFolder(v2));
        assertThat(again.problems()).isEmpty();
        assertThat(again.warnings()).isEmpty();
        Project migrated = again.project();
        assertThat(migrated.info()).isEqualTo(read.info());
        assertThat(migrated.outline()).isEqualTo(read.outline());
        assertThat(migrated.clauses()).isEqualTo(read.clauses());
        assertThat(migrated.threads()).isEqualTo(read.threads());
        assertThat(migrated.unplaced()).isEqualTo(read.unplaced());

        // and written once more, byte for byte the same: a second save changes no line
        Path v3 = dir.resolve("v3");
        new ProjectWriter(new ProjectFolder(v3)).writeAll(migrated);
        assertThat(texts(v3)).isEqualTo(files);
    }

    @Test
    void aSaveAfterOpeningWritesOnlyTheEditedClauseInSchemaTwoAndTheMixedFolderReadsBack() throws Exception {
        Path v1 = copyOfSchemaOneProject();
        Project before = ProjectReader.read(new ProjectFolder(v1)).orThrow();
        Clause edited = before.clause("do-no-harm").orElseThrow();
        Project after = before.withClause(edited.withHeading("Duty to avoid harm (revised)"));
        assertThat(new ProjectWriter(new ProjectFolder(v1)).save(before, after)).isEqualTo(1);
        assertThat(Files.readString(v1.resolve("clauses/do-no-harm.json"))).startsWith("{\n  \"schemaVersion\": 2,")
                .contains("\"id\": \"d-schema-1\"").doesNotContain("\"status\":");
        assertThat(Files.readString(v1.resolve("clauses/bwc-compliance.json"))).contains("\"schemaVersion\": 1");
        ReadResult mixed = ProjectReader.read(new ProjectFolder(v1));
        assertThat(mixed.problems()).isEmpty();
        assertThat(mixed.project().clauses()).isEqualTo(after.clauses());
        assertThat(mixed.project().clause("do-no-harm").orElseThrow().status()).isEqualTo(edited.status());
    }

    @Test
    void twoSitesMigratingTheSameFileGiveItsBracketsTheSameIds() throws Exception {
        Project first = ProjectReader.read(new ProjectFolder(copyOfSchemaOneProject())).orThrow();
        Project second = ProjectReader.read(new ProjectFolder(schemaOneProject())).orThrow();
        List<String> ids = new ArrayList<>();
        for (Clause c : first.clauses().values()) {
            assertThat(c.brackets()).isEqualTo(second.clause(c.id()).orElseThrow().brackets());
            assertThat(c.decisions()).isEqualTo(second.clause(c.id()).orElseThrow().decisions());
            c.brackets().stream().map(Bracket::id).forEach(ids::add);
            c.decisions().stream().map(Decision::id).forEach(id -> assertThat(id).isEqualTo("d-schema-1"));
        }
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates().allMatch(id -> id.matches("b-[0-9a-z]{10}"));
    }

    private static Map<String, String> texts(Path root) throws Exception {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).toList()) {
                result.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return result;
    }
}
