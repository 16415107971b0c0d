package org.clausewright.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.history.HistoryException;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The sample project shipped in the jar. It is kept as one folder per recorded version (resources/sample/v1…)
 * and replayed into a fresh git history on install, so the user starts with real versions to compare.
 */
public final class BundledSample {
    private static final String ROOT = "/sample/";

    private BundledSample() {
    }

    /**
     * Creates {@code target} (which must not exist or be empty) holding the sample and its history. The
     * folder appears only once every version is recorded.
     */
    public static void install(Path target) throws IOException, HistoryException, ProjectFileException {
        install(target, version -> { });
    }

    /** Told after each version is recorded; tests stop the installation part way through it. */
    @FunctionalInterface
    interface Progress {
        void recorded(int versions) throws IOException;
    }

    static void install(Path target, Progress progress) throws IOException, HistoryException, ProjectFileException {
        JsonNode versions = readVersions();
        NewProjectFolder.create(target, folder -> {
            try (VersionHistory history = VersionHistory.open(folder)) {
                ProjectWriter writer = new ProjectWriter(new ProjectFolder(folder));
                int recorded = 0;
                for (JsonNode v : versions.path("versions")) {
                    writer.writeAll(snapshot(v.path("folder").asText()));
                    history.record(v.path("label").asText(), v.path("message").asText(), v.path("author").asText(),
                            Instant.parse(v.path("time").asText()));
                    progress.recorded(++recorded);
                }
            }
        });
    }

    private static JsonNode readVersions() throws IOException {
        return BundledContent.json(ROOT + "versions.json", "bundled sample");
    }

    private static Project snapshot(String folder) throws IOException, ProjectFileException {
        return BundledContent.project(ROOT + folder + "/", "bundled sample's version folder \"" + folder + "\"");
    }
}
