package org.clausewright.cli;

import org.clausewright.app.BundledSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `export --compare V --final` on the command line: the changes are accepted, and the report says so. */
class FinalTextCommandTest {
    @TempDir
    Path temp;

    @Test
    void finalAcceptsTheComparedChangesAndSaysSo() throws Exception {
        Path dir = temp.resolve("sample");
        BundledSample.install(dir);
        CliRun tracked = CliRun.of("export", dir.toString(), "-o", temp.resolve("tracked.docx").toString(),
                "--compare", "Working draft 1");
        assertThat(tracked.exit()).as(tracked.err()).isZero();
        assertThat(tracked.out()).doesNotContain(" 0 tracked changes");

        CliRun result = CliRun.of("export", dir.toString(), "-o", temp.resolve("final.docx").toString(),
                "--compare", "Working draft 1", "--final");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("32 clauses", " 0 tracked changes",
                "Final text: the changes since Working draft 1 are accepted.");
        assertThat(temp.resolve("final.docx")).exists();
    }
}
