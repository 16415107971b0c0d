package org.clausewright.docx.review;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ten thousand comments on one paragraph each land on their own word, once; importing them again adds nothing. */
class ManyCommentsTest {
    private static final String TEXT = "Institutions should train every member of staff in biosecurity.";
    private static final Project CODE = Reviews.project("training", "Training", TEXT);

    @Test
    void tenThousandCommentsOnOneParagraph() throws Exception {
        String[] words = TEXT.split(" ");
        int[] starts = new int[words.length];
        for (int w = 1; w < words.length; w++) {
            starts[w] = starts[w - 1] + words[w - 1].length() + 1;
        }
        Reviews review = Reviews.file("many.docx").text(TEXT);
        for (int i = 0; i < 10_000; i++) {
            int w = i % words.length;
            review.comment(String.valueOf(i), "Reviewer " + i % 7, Reviews.T0, "Remark " + i, "",
                    new TextPoint(0, starts[w]), new TextPoint(0, starts[w] + words[w].length()));
        }
        ReviewDocument doc = review.build();
        ReviewPlan plan = ReviewImporter.plan(doc, CODE, null);
        List<AnnotationThread> added = plan.clauses().get(0).added();
        assertThat(added).hasSize(10_000);
        assertThat(added).allSatisfy(t -> {
            int i = Integer.parseInt(t.text().substring("Remark ".length(), t.text().indexOf('\n')));
            assertThat(t.anchor().quote()).isEqualTo(words[i % words.length]);
            assertThat(t.anchor().start()).isEqualTo(starts[i % words.length]);
        });
        ReviewPlan again = ReviewImporter.plan(doc, plan.applyTo(CODE), null);
        assertThat(again.isEmpty()).isTrue();
        assertThat(again.duplicates()).isEqualTo(10_000);
    }
}
