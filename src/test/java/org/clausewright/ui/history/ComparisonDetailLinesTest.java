package org.clausewright.ui.history;

import org.clausewright.app.BundledSample;
import org.clausewright.app.ProjectSession;
import org.clausewright.command.AddOption;
import org.clausewright.command.AttributeOption;
import org.clausewright.command.CleanBracket;
import org.clausewright.command.Decide;
import org.clausewright.diff.Comparison;
import org.clausewright.diff.DraftComparator;
import org.clausewright.model.BracketOption;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Project;
import org.clausewright.ui.Isolated;
import org.clausewright.ui.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Between two states of the sample, the compare window says in words what happened to each bracket and decision
 * and who did it (issue 11): an option added by a delegation, a bracket cleaned at a meeting, a status decided
 * at a delegation's request. Before, each such clause read only "brackets or decisions changed".
 */
class ComparisonDetailLinesTest {
    private static final Instant NOW = Instant.parse("2026-03-12T10:00:00Z");
    @TempDir
    Path temp;
    private Comparison comparison;

    @BeforeEach
    void negotiate() throws Exception {
        Path dir = temp.resolve("sample");
        BundledSample.install(dir);
        Project before;
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo")) {
            before = session.project();
        }
        Project after = new AddOption("dual-use-awareness", "b-24d95e78", "the relevant authorities").apply(before);
        after = new AttributeOption("dual-use-awareness", "b-24d95e78", 2, "cal", BracketOption.Stance.PROPOSES)
                .apply(after);
        after = new CleanBracket("duty-to-report", "b-1992fe6c", 1,
                new Negotiation.Context(NOW, "Amina Diallo", "dc-4", "", "Compromise")).apply(after);
        after = new Decide("duty-to-report", ClauseStatus.AGREED_WG,
                new Negotiation.Context(NOW, "Amina Diallo", "dc-4", "bre", "")).apply(after);
        comparison = DraftComparator.compare(before, after);
    }

    private List<String> details(Locale language, String clauseId) {
        return ComparisonRows.rows(new Messages(language), comparison).stream()
                .filter(r -> r.clauseId().equals(clauseId)).findFirst().orElseThrow().details().stream()
                .map(Isolated::plain).toList();
    }

    @Test
    void englishLinesSayWhatChangedAndWho() {
        assertThat(details(Locale.ENGLISH, "dual-use-awareness"))
                .contains("bracket b-24d95e78: option “the relevant authorities” added by CAL");
        List<String> report = details(Locale.ENGLISH, "duty-to-report");
        assertThat(report).hasSize(2);
        assertThat(report.get(0)).startsWith("bracket b-1992fe6c cleaned: “the competent national authority” agreed (at ")
                .contains("; recorded by Amina Diallo): Compromise");
        assertThat(report.get(1)).startsWith("status: under discussion → agreed in working group (at ")
                .contains("; at the request of BRE; recorded by Amina Diallo)");
    }

    @Test
    void frenchLines() {
        assertThat(details(Locale.FRENCH, "dual-use-awareness"))
                .contains("crochet b-24d95e78 : option « the relevant authorities » ajoutée par CAL");
        List<String> report = details(Locale.FRENCH, "duty-to-report");
        assertThat(report.get(0)).startsWith("crochet b-1992fe6c levé : « the competent national authority » retenu (réunion : ")
                .endsWith(" ; consigné par Amina Diallo) : Compromise");
        assertThat(report.get(1)).startsWith("statut : en discussion → adoptée en groupe de travail (réunion : ")
                .contains(" ; à la demande de BRE ; consigné par Amina Diallo)");
    }

    @Test
    void chineseLines() {
        assertThat(details(Locale.SIMPLIFIED_CHINESE, "dual-use-awareness"))
                .contains("括号 b-24d95e78：CAL 提出新备选措辞 “the relevant authorities”");
        List<String> report = details(Locale.SIMPLIFIED_CHINESE, "duty-to-report");
        assertThat(report.get(0)).startsWith("括号 b-1992fe6c 已去除：采用 “the competent national authority”（会议：")
                .endsWith("；由 Amina Diallo 记录）：Compromise");
        assertThat(report.get(1)).startsWith("状态：讨论中 → 工作组已商定（会议：").contains("；应 BRE 要求；");
    }
}
