package org.clausewright.app.bench;

import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge bench measures what it says: 200 disputed words, each a bracket, the other changes merged. */
class MergeBenchTest {
    @Test
    void theBenchMergesTwoSitesWith200DisputedWords() throws Exception {
        Project base = new SyntheticProject(20261128L).generate(Benchmark.PARTS, Benchmark.CLAUSES, Benchmark.THREADS);
        Measurement m = new MergeBench(3).run(base);
        System.out.println("merge bench: " + m.median().toMillis() + " ms median of 3 (" + m.note() + ")");
        assertThat(m.note()).startsWith(MergeBench.SAME_WORDS + " brackets made; 500 clauses from Ingrid Solberg, 200 options to decide");
    }
}
