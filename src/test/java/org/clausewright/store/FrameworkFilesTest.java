package org.clausewright.store;

import org.clausewright.model.Address;
import org.clausewright.model.Clause;
import org.clausewright.model.Extent;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** frameworks/ID.json and a clause's addresses: written in a stable order, read back, unknown keys kept. */
class FrameworkFilesTest {
    @TempDir
    Path dir;

    private final FileStamps stamps = new FileStamps();

    static Framework tianjin() {
        return new Framework("tianjin-2021", "Tianjin Biosecurity Guidelines for Codes of Conduct for Scientists",
                "Tianjin Guidelines", "biology", 2021, "Tianjin University, Johns Hopkins CHS and IAP",
                "Working paper of China and Pakistan", "https://example.org/tianjin", "checked",
                List.of(new FrameworkElement("1", "1", "Ethical standards", "Respect life."),
                        new FrameworkElement("2", "2", "Laws and norms", "Know the law."),
                        new FrameworkElement("3", "3", "Responsible conduct of research", "Integrity.")), null);
    }

    static Project mapped() {
        Project p = TestProjects.small().withFramework(tianjin());
        Clause duty = p.clause("duty-of-care").orElseThrow();
        Clause report = p.clause("report-concerns").orElseThrow();
        return p.withClause(duty.withAddresses(List.of(new Address("tianjin-2021", "1", Extent.FULL),
                        new Address("tianjin-2021", "3", Extent.PARTIAL))))
                .withClause(report.withAddresses(List.of(new Address("tianjin-2021", "3", Extent.FULL))));
    }

    private Project opened(Project project) throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        return read();
    }

    private Project read() throws Exception {
        return ProjectReader.read(new StampedFiles(new ProjectFolder(dir), stamps)).orThrow();
    }

    @Test
    void aFrameworkIsAFileOfItsOwnAndAddressesFollowTheSources() throws Exception {
        Project written = mapped();
        Project read = opened(written);

        assertThat(read.frameworks()).isEqualTo(written.frameworks());
        assertThat(read.clause("duty-of-care").orElseThrow().addresses())
                .isEqualTo(written.clause("duty-of-care").orElseThrow().addresses());
        String fw = Files.readString(dir.resolve("frameworks/tianjin-2021.json"));
        assertThat(fw).startsWith("{\n  \"schemaVersion\": 1,\n  \"id\": \"tianjin-2021\",\n  \"title\": ");
        assertThat(fw).contains("\"shortTitle\": \"Tianjin Guidelines\",\n  \"field\": \"biology\",\n"
                + "  \"year\": 2021,\n  \"issuedBy\": ", "\"elements\": [\n    {\n      \"id\": \"1\",\n"
                + "      \"number\": \"1\",\n      \"title\": \"Ethical standards\",\n      \"summary\": ");
        String clause = Files.readString(dir.resolve("clauses/duty-of-care.json"));
        assertThat(clause).contains("  \"sources\": [\n    \"tianjin-2021\"\n  ],\n  \"addresses\": [\n    {\n"
                + "      \"framework\": \"tianjin-2021\",\n      \"element\": \"1\",\n      \"extent\": \"full\"\n"
                + "    },\n");
    }

    @Test
    void aClauseWithoutAddressesIsWrittenAsBefore() throws Exception {
        opened(TestProjects.small());
        assertThat(Files.readString(dir.resolve("clauses/duty-of-care.json"))).doesNotContain("addresses");
        assertThat(Files.exists(dir.resolve("frameworks"))).isFalse();
    }

    @Test
    void unknownKeysInAFrameworkAndAnAddressAreKeptAndWrittenBack() throws Exception {
        opened(mapped());
        Path fwFile = dir.resolve("frameworks/tianjin-2021.json");
        Files.writeString(fwFile, Files.readString(fwFile)
                .replace("\"note\": \"checked\",", "\"note\": \"checked\",\n  \"edition\": {\"lang\": \"en\"},")
                .replace("\"summary\": \"Know the law.\"", "\"summary\": \"Know the law.\",\n      \"weight\": 2"));
        Path clauseFile = dir.resolve("clauses/report-concerns.json");
        Files.writeString(clauseFile, Files.readString(clauseFile)
                .replace("\"extent\": \"full\"", "\"extent\": \"indirect\",\n      \"page\": 4"));
        Project read = read();
        // an extent this version does not know counts as partial, and stays as written
        assertThat(read.clause("report-concerns").orElseThrow().addresses().get(0).extent()).isEqualTo(Extent.PARTIAL);

        Project after = read.withFramework(read.framework("tianjin-2021").orElseThrow());
        Clause report = read.clause("report-concerns").orElseThrow();
        after = after.withClause(report.withHeading("Reporting concerns promptly"));
        new ProjectWriter(new ProjectFolder(dir), stamps).save(read, after);
        new ProjectWriter(new ProjectFolder(dir), stamps).writeAll(after);

        assertThat(Files.readString(fwFile)).contains("\"edition\": {\n    \"lang\": \"en\"\n  }", "\"weight\": 2");
        assertThat(Files.readString(clauseFile)).contains("\"extent\": \"indirect\"", "\"page\": 4",
                "Reporting concerns promptly");
    }

    @Test
    void anElementsTitlesInOtherLanguagesAreReadAndWrittenBackAfterItsSummary() throws Exception {
        opened(mapped());
        Path fwFile = dir.resolve("frameworks/tianjin-2021.json");
        String plain = Files.readString(fwFile);
        assertThat(plain).as("no titles, no key: files made before keep their bytes").doesNotContain("titles");
        Files.writeString(fwFile, plain.replace("\"summary\": \"Know the law.\"",
                "\"summary\": \"Know the law.\",\n      \"titles\": {\"fr\": \"Lois et normes\", \"zh-CN\": \"法律和规范\"}"));

        Project read = read();
        FrameworkElement law = read.framework("tianjin-2021").orElseThrow().element("2").orElseThrow();
        assertThat(law.titles()).containsExactly(java.util.Map.entry("fr", "Lois et normes"),
                java.util.Map.entry("zh-CN", "法律和规范"));
        assertThat(law.titleIn(java.util.Locale.FRENCH)).isEqualTo("Lois et normes");
        assertThat(law.titleIn(java.util.Locale.forLanguageTag("fr-CA"))).isEqualTo("Lois et normes");
        assertThat(law.titleIn(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("法律和规范");
        // a language the file has no title in: the file's own title, no error
        assertThat(law.titleIn(java.util.Locale.forLanguageTag("ru"))).isEqualTo("Laws and norms");

        new ProjectWriter(new ProjectFolder(dir), stamps).writeAll(read);
        assertThat(Files.readString(fwFile)).contains("""
                      "summary": "Know the law.",
                      "titles": {
                        "fr": "Lois et normes",
                        "zh-CN": "法律和规范"
                      }
                """);
        assertThat(read().frameworks()).isEqualTo(read.frameworks());
    }

    @Test
    void aTitleUnderATagSpeltOtherwiseIsAProblemThatSaysHowToWriteIt() throws Exception {
        opened(mapped());
        Path fwFile = dir.resolve("frameworks/tianjin-2021.json");
        Files.writeString(fwFile, Files.readString(fwFile).replace("\"summary\": \"Know the law.\"",
                "\"summary\": \"Know the law.\",\n      \"titles\": {\"zh_cn\": \"法律和规范\"}"));
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("frameworks/tianjin-2021.json:", "\"zh_cn\"", "write it \"zh-CN\"")
                .containsPattern("\\.json:\\d+:\\d+: "));
    }

    @Test
    void aSaveWritesAnAddedFrameworkAndDeletesARemovedOneKeepingTheAddresses() throws Exception {
        Project before = opened(TestProjects.small());
        Project added = before.withFramework(tianjin());
        new ProjectWriter(new ProjectFolder(dir), stamps).save(before, added);
        assertThat(read().frameworks()).containsOnlyKeys("tianjin-2021");

        Project mapped = added.withClause(added.clause("duty-of-care").orElseThrow()
                .withAddresses(List.of(new Address("tianjin-2021", "2", Extent.FULL))));
        new ProjectWriter(new ProjectFolder(dir), stamps).save(added, mapped);
        Project removed = mapped.withoutFramework("tianjin-2021");
        new ProjectWriter(new ProjectFolder(dir), stamps).save(mapped, removed);

        assertThat(Files.exists(dir.resolve("frameworks/tianjin-2021.json"))).isFalse();
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.problems()).isEmpty();
        assertThat(result.project().clause("duty-of-care").orElseThrow().addresses()).hasSize(1);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.toString())
                .contains("clauses/duty-of-care.json", "framework \"tianjin-2021\" is not in the project"));
    }

    @Test
    void validateWarnsOfAnAddressNamingAnUnknownElementAndKeepsIt() throws Exception {
        Project p = mapped();
        p = p.withClause(p.clause("report-concerns").orElseThrow()
                .withAddresses(List.of(new Address("tianjin-2021", "11", Extent.FULL))));
        opened(p);
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.toString()).contains(
                "clauses/report-concerns.json:", "framework \"tianjin-2021\" has no element \"11\"")
                .containsPattern("\\.json:\\d+:\\d+: "));
        assertThat(result.project().clause("report-concerns").orElseThrow().addresses()).hasSize(1);
    }

    @Test
    void aBrokenFrameworkFileIsNamedWithItsLine() throws Exception {
        opened(mapped());
        Path fwFile = dir.resolve("frameworks/tianjin-2021.json");
        Files.writeString(fwFile, Files.readString(fwFile).replace("\"id\": \"2\"", "\"id\": \"1\""));
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("frameworks/tianjin-2021.json:", "element id \"1\" is used twice")
                .containsPattern("\\.json:\\d+:\\d+: "));
        Files.writeString(fwFile, Files.readString(fwFile).replace("\"id\": \"tianjin-2021\"", "\"id\": \"who-2022\""));
        assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("frameworks/tianjin-2021.json", "does not match the file name"));
    }

    @Test
    void aClauseNamingOneElementTwiceIsAProblemThatSaysWhichElement() throws Exception {
        opened(mapped());
        Path clauseFile = dir.resolve("clauses/duty-of-care.json");
        Files.writeString(clauseFile, Files.readString(clauseFile).replace("\"element\": \"3\"", "\"element\": \"1\""));
        assertThatThrownBy(this::read).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("clauses/duty-of-care.json").hasMessageContaining("names element \"1\"");
    }

    @Test
    void aFrameworkFileIsAProjectFileThatRecordingAndTheWatchSee() {
        assertThat(ProjectParts.isProjectFile("frameworks/tianjin-2021.json")).isTrue();
        assertThat(ProjectParts.isFrameworkFile("frameworks/tianjin-2021.json")).isTrue();
        assertThat(ProjectParts.clauseId("frameworks/tianjin-2021.json")).isEmpty();
        assertThat(ProjectParts.isProjectFile("frameworks/notes.txt")).isFalse();
    }
}
