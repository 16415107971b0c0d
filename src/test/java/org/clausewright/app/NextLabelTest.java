package org.clausewright.app;

import org.clausewright.history.Version;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The label the record dialog suggests, from the labels recorded so far (newest first). */
class NextLabelTest {
    private static Version version(String label, boolean checkpoint) {
        return new Version("0".repeat(40), label, "", "Li Wei", Instant.EPOCH, checkpoint, List.of());
    }

    private static String next(Version... newestFirst) {
        return Versions.nextLabel(List.of(newestFirst), "Working draft 1");
    }

    @Test
    void theNumberOfTheNewestNumberedLabelGoesUpByOne() {
        assertThat(next(version("Working draft 5", false), version("Working draft 4", false)))
                .isEqualTo("Working draft 6");
        assertThat(next(version("Draft 09", false))).isEqualTo("Draft 10");
        assertThat(next(version("WD9", false))).isEqualTo("WD10");
        assertThat(next(version("Circulated draft 1 ", false))).isEqualTo("Circulated draft 2");
    }

    @Test
    void reviewsAndCheckpointsAreLookedPast() {
        assertThat(next(version("Review from norway.docx: 5 comments, 4 suggestions", false),
                version("Checkpoint before importing norway.docx", true),
                version("Checkpoint 7", true),
                version("Working draft 5", false))).isEqualTo("Working draft 6");
    }

    @Test
    void aLabelTakenAlreadyIsSkipped() {
        // two members recorded in parallel and merged: "Working draft 6" exists below the newest
        assertThat(next(version("Working draft 5", false), version("Working draft 6", false)))
                .isEqualTo("Working draft 7");
    }

    @Test
    void withoutANumberedLabelTheFirstLabelIsSuggested() {
        assertThat(next()).isEqualTo("Working draft 1");
        assertThat(next(version("Circulated to delegations", false))).isEqualTo("Working draft 1");
    }
}
