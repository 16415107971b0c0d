package org.clausewright.ui.history;

import org.clausewright.diff.DraftComparator;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.ui.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The compare window names a clause whose brackets or decisions changed (issue 11 item 5). */
class ComparisonRowsNegotiationTest {
    @Test
    void aDecisionRecordedBetweenTheVersionsIsNamedInEachLanguage() throws Exception {
        Clause clause = Clause.of("c", "Records", "Keep records.");
        Project before = new Project(ProjectInfo.titled("p", "P"), new Outline(List.of(new Part("part", "Part",
                List.of(new ClauseRef("c"))))), Map.of("c", clause), Map.of());
        Project after = before.withClause(Negotiation.decide(clause, ClauseStatus.UNDER_DISCUSSION,
                new Negotiation.Context(Instant.parse("2026-03-02T10:00:00Z"), "Amina Diallo", "", "", "")));
        var comparison = DraftComparator.compare(before, after);
        assertThat(ComparisonRows.rows(new Messages(Locale.ENGLISH), comparison).get(0).what())
                .contains("brackets or decisions changed");
        assertThat(ComparisonRows.rows(new Messages(Locale.FRENCH), comparison).get(0).what())
                .contains("crochets ou d\u00e9cisions modifi\u00e9s");
        assertThat(ComparisonRows.rows(new Messages(Locale.SIMPLIFIED_CHINESE), comparison).get(0).what())
                .contains("\u62ec\u53f7\u6216\u51b3\u5b9a\u53d8\u66f4");
    }
}
