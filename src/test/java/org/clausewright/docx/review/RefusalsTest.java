package org.clausewright.docx.review;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalsTest {
    @Test
    void poisRuleOfTheSpecificationIsNotPartOfTheSentence() {
        // as the mutation campaign met it: POI's message ends with the rule it applied
        ReviewFileException e = Refusals.unreadable("review.docx", new InvalidFormatException(
                "The part /word/stylesWithEffects.xm+ does not have any content type ! Rule: Package require content"
                        + " types when retrieving a part from a package. [M.1.14]"));
        assertThat(e.getMessage()).startsWith("review.docx is not a readable Word document: the part "
                + "/word/stylesWithEffects.xm+ does not have any content type; ").doesNotContain("Rule").doesNotContain("M.1");
    }
}
