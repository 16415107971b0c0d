package org.clausewright.app;

import org.junit.jupiter.api.Test;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {
    @Test
    void fileErrorsNameTheFileAPersonKnowsAndTheReason() {
        assertThat(Failures.describe(new FileSystemException("/p/clauses/.do-no-harm.json.3fa9c2.tmp", null,
                "No space left on device"))).isEqualTo("No space left on device: /p/clauses/do-no-harm.json");
        assertThat(Failures.describe(new AccessDeniedException("/p/outline.json")))
                .isEqualTo("permission denied: /p/outline.json");
    }

    @Test
    void anExceptionWithoutWordsIsStillASentence() {
        assertThat(Failures.describe(new NullPointerException())).isEqualTo("an unexpected error (NullPointerException)");
    }
}
