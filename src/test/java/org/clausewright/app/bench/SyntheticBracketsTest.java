package org.clausewright.app.bench;

import org.clausewright.app.Validation;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketLayout;
import org.clausewright.model.BracketOption;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ProjectWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's bracketed project is what the issue asks to measure, and reads back as written. */
class SyntheticBracketsTest {
    @TempDir
    Path temp;

    @Test
    void fiveThousandBracketsOfThreeAttributedOptionsEachStandInTheTextAndSurviveSavingAndReading() throws Exception {
        Project project = new SyntheticProject(20261128L).generate(Benchmark.PARTS, Benchmark.CLAUSES, 200,
                NegotiationBench.BRACKETS);

        List<Bracket> brackets = project.clauses().values().stream().flatMap(c -> c.brackets().stream()).toList();
        assertThat(brackets).hasSize(5_000).allSatisfy(b -> {
            assertThat(b.isOpen()).isTrue();
            assertThat(b.options()).hasSize(3).allSatisfy(o -> assertThat(o.proposedBy()).hasSize(1))
                    .allMatch(BracketOption::isAttributed);
        });
        for (Clause clause : project.clauses().values()) {
            BracketLayout layout = BracketLayout.of(clause);
            assertThat(layout.detached()).as(clause.id()).isEmpty();
            assertThat(layout.openCount()).as(clause.id()).isEqualTo(clause.brackets().size());
        }
        assertThat(project.info().delegations()).hasSize(8);
        assertThat(project.info().meetings()).hasSize(4);

        Path dir = temp.resolve("bench");
        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        Project read = ProjectReader.read(new ProjectFolder(dir)).orThrow();
        assertThat(read.clauses()).isEqualTo(project.clauses());
        Validation.Verdict verdict = Validation.validate(dir);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.warnings()).isEmpty();
    }

    @Test
    void withoutBracketsTheProjectIsThePlainOneTheEarlierFiguresWereMeasuredOn() {
        Project plain = new SyntheticProject(20261128L).generate(Benchmark.PARTS, Benchmark.CLAUSES, 500);
        Project bracketed = new SyntheticProject(20261128L).generate(Benchmark.PARTS, Benchmark.CLAUSES, 500, 0);
        assertThat(bracketed.clauses()).isEqualTo(plain.clauses());
        assertThat(bracketed.threads()).isEqualTo(plain.threads());
    }
}
