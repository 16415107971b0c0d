package org.clausewright.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stamp says whether a file still holds what was read or written, before and after its bytes are replaced by
 * their digest, and a file noted again while the digests are taken keeps its newer stamp.
 */
class FileStampsTest {
    private static Optional<byte[]> bytes(String text) {
        return Optional.of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileReadMatchesItsOwnBytesOnlyBeforeAndAfterSettling() {
        FileStamps stamps = new FileStamps();
        stamps.noteRead("clauses/a.json", bytes("{\"heading\": \"A\"}\n"));
        stamps.noteRead("annotations/a.json", Optional.empty());
        for (int round = 0; round < 2; round++) {
            assertThat(stamps.matches("clauses/a.json", bytes("{\"heading\": \"A\"}\n"))).isTrue();
            assertThat(stamps.matches("clauses/a.json", bytes("{\"heading\": \"B\"}\n"))).isFalse();
            assertThat(stamps.matches("clauses/a.json", Optional.empty())).isFalse();
            assertThat(stamps.wasPresent("clauses/a.json")).isTrue();
            assertThat(stamps.matches("annotations/a.json", Optional.empty())).isTrue();
            assertThat(stamps.matches("annotations/a.json", bytes("{}"))).isFalse();
            assertThat(stamps.wasPresent("annotations/a.json")).isFalse();
            // a path never read was absent: a file there now came from elsewhere
            assertThat(stamps.matches("clauses/new.json", bytes("{}"))).isFalse();
            assertThat(stamps.matches("clauses/new.json", Optional.empty())).isTrue();
            stamps.settle();
        }
    }

    @Test
    void whatIsWrittenAfterSettlingIsTheNewStamp() {
        FileStamps stamps = new FileStamps();
        stamps.noteRead("clauses/a.json", bytes("read"));
        stamps.settle();
        stamps.noteWritten("clauses/a.json", bytes("written"));
        assertThat(stamps.matches("clauses/a.json", bytes("read"))).isFalse();
        assertThat(stamps.matches("clauses/a.json", bytes("written"))).isTrue();
        stamps.settle();
        assertThat(stamps.matches("clauses/a.json", bytes("written"))).isTrue();
        stamps.noteWritten("clauses/a.json", Optional.empty());
        assertThat(stamps.matches("clauses/a.json", Optional.empty())).isTrue();
        assertThat(stamps.wasPresent("clauses/a.json")).isFalse();
    }
}
