package org.clausewright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled sample installed for a test, with its project.json edited as text before anything reads it. */
public final class EditedSample {
    private EditedSample() {
    }

    /**
     * Installs the sample in {@code dir} and rewrites its project.json with {@code edit}; an edit that changes
     * nothing (the sample's text moved on) fails here rather than letting the test pass on the unedited sample.
     */
    public static Path withProjectFile(Path dir, UnaryOperator<String> edit) throws Exception {
        BundledSample.install(dir);
        Path project = dir.resolve("project.json");
        String before = Files.readString(project);
        String after = edit.apply(before);
        assertThat(after).as("the edited project.json of the sample").isNotEqualTo(before);
        Files.writeString(project, after);
        return dir;
    }
}
