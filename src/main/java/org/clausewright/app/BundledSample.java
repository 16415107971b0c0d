package org.clausewright.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.history.HistoryException;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Project;
import org.clausewright.store.JsonFormat;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ProjectWriter;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

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
        try (InputStream in = BundledSample.class.getResourceAsStream(ROOT + "versions.json")) {
            if (in == null) {
                throw new IOException("this build of Clausewright has no bundled sample (sample/versions.json)");
            }
            JsonNode versions = JsonFormat.read(in.readAllBytes());
            if (versions == null) {
                throw new IOException("the bundled sample's versions.json is empty");
            }
            return versions;
        }
    }

    private static Project snapshot(String folder) throws IOException, ProjectFileException {
        URL url = BundledSample.class.getResource(ROOT + folder + "/project.json");
        if (url == null) {
            throw new IOException("the bundled sample lacks version folder \"" + folder + "\"");
        }
        Path projectJson = pathOf(url);
        return ProjectReader.read(new ProjectFolder(projectJson.getParent())).orThrow();
    }

    /** A path to a classpath resource, whether the classes are a folder (development) or the jar. */
    private static Path pathOf(URL url) throws IOException {
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            String entry = uri.getSchemeSpecificPart();
            return jar.getPath(entry.substring(entry.indexOf("!/") + 1));
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the bundled sample at " + url, e);
        }
    }
}
