package org.clausewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `clausewright coverage` on the sample: the ten Tianjin elements, the clauses by number, the deliberate gap. */
class CoverageCommandTest {
    @TempDir
    Path tmp;

    private Path sample() {
        Path dir = tmp.resolve("sample");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
        return dir;
    }

    private static List<String> elementLines(String out) {
        return out.lines().filter(l -> l.matches("  \\d+ +.*")).toList();
    }

    @Test
    void theSampleListsTheTenTianjinElementsWithTheirClausesAndFlagsTheGap() {
        Path dir = sample();
        CliRun run = CliRun.of("coverage", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Tianjin Biosecurity Guidelines for Codes of Conduct for Scientists "
                + "(tianjin-2021)\nElements: 10 · covered: 9 · partly covered: 0 · gaps: 1\n");
        List<String> lines = elementLines(run.out());
        assertThat(lines).hasSize(10);
        // clauses by their number in the outline; a partial one says so
        assertThat(lines.get(0)).startsWith("  1   Ethical standards — 1.1, 1.2.1, 1.2.2 (partly), ");
        assertThat(lines.get(7)).isEqualTo("  8   Public engagement on science and technology — gap — no clause of "
                + "the draft addresses it");
        assertThat(lines).filteredOn(l -> l.contains("— gap")).hasSize(1);
        // the library's alternatives are not in the draft and do not count
        assertThat(run.out()).doesNotContain("dual-use-awareness-alt");
    }

    @Test
    void oneFrameworkInTheMembersLanguage() {
        Path dir = sample();
        CliRun run = CliRun.of("--lang", "fr", "coverage", dir.toString(), "--framework", "tianjin-2021");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Éléments : 10 · couverts : 9 · couverts en partie : 0 · lacunes : 1",
                "lacune — aucune clause du projet ne s’y rapporte", " (en partie)");
        CliRun zh = CliRun.of("--lang", "zh-CN", "coverage", dir.toString());
        assertThat(zh.out()).contains("空白——草案中没有条款涉及该要素", "（部分）");
    }

    @Test
    void elementTitlesInTheMembersLanguageWhereTheFrameworksFileHasThem() throws Exception {
        Path dir = sample();
        Path framework = dir.resolve("frameworks/tianjin-2021.json");
        Files.writeString(framework, Files.readString(framework).replace("\"title\": \"Ethical standards\",",
                "\"title\": \"Ethical standards\",\n      \"titles\": {\"fr\": \"Normes éthiques\"},"));
        CliRun fr = CliRun.of("--lang", "fr", "coverage", dir.toString());
        assertThat(fr.exit()).as(fr.err()).isZero();
        List<String> lines = elementLines(fr.out());
        assertThat(lines.get(0)).startsWith("  1   Normes éthiques — 1.1, ");
        // no French title for element 2 in the file: its own title, and no error
        assertThat(lines.get(1)).startsWith("  2   Laws and norms — ");
        assertThat(fr.err()).isEmpty();
        assertThat(elementLines(CliRun.of("coverage", dir.toString()).out()).get(0))
                .startsWith("  1   Ethical standards — ");
    }

    @Test
    void anElementOnlyPartlyAddressedSaysSoAndAnUnknownFrameworkIsRefused() throws Exception {
        Path dir = sample();
        Path clause = dir.resolve("clauses/responsible-publication.json");
        Files.writeString(clause, Files.readString(clause).replace("\"element\": \"7\",\n      \"extent\": \"full\"",
                "\"element\": \"7\",\n      \"extent\": \"partial\""));
        CliRun run = CliRun.of("coverage", dir.toString());
        assertThat(run.out()).contains("covered: 8 · partly covered: 1 · gaps: 1")
                .containsPattern("  7 +Research findings dissemination — 7\\.1 \\(partly\\), 7\\.2 \\(partly\\), "
                        + "7\\.3 \\(partly\\) — partly covered");

        CliRun unknown = CliRun.of("coverage", dir.toString(), "--framework", "who-2022");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("the project has no framework \"who-2022\" (it has tianjin-2021)");
    }

    @Test
    void validateWarnsOfAddressesNamingAnUnknownElementOrFrameworkAndCoverageStillRuns() throws Exception {
        Path dir = sample();
        Path clause = dir.resolve("clauses/national-law.json");
        Files.writeString(clause, Files.readString(clause).replace("\"element\": \"2\"", "\"element\": \"12\""));
        Path other = dir.resolve("clauses/mentorship.json");
        Files.writeString(other, Files.readString(other).replace("\"framework\": \"tianjin-2021\"",
                "\"framework\": \"who-2022\""));

        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).as(validate.err()).isZero();
        assertThat(validate.out()).containsPattern("warning: .*clauses/national-law\\.json:\\d+:\\d+: framework "
                        + "\"tianjin-2021\" has no element \"12\"")
                .containsPattern("warning: .*clauses/mentorship\\.json:\\d+:\\d+: framework \"who-2022\" is not in "
                        + "the project")
                .contains("valid, with 2 warnings");
        // kept in the file, and left out of the coverage
        assertThat(Files.readString(clause)).contains("\"element\": \"12\"");
        CliRun coverage = CliRun.of("coverage", dir.toString());
        assertThat(coverage.exit()).isZero();
        assertThat(coverage.out()).contains("  2   Laws and norms — 2.1, 2.3 (partly)");
    }
}
