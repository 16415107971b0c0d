package org.clausewright.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.Project;
import org.clausewright.store.JsonFormat;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Projects and lists shipped in the jar (the sample's versions, the starter templates), read with the ordinary
 * {@link ProjectReader} so that a broken bundled folder fails loudly instead of installing half a project.
 */
final class BundledContent {
    private BundledContent() {
    }

    /** A JSON file at {@code resource} ("/sample/versions.json"); {@code what} names it in errors. */
    static JsonNode json(String resource, String what) throws IOException {
        try (InputStream in = BundledContent.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("this build of Clausewright has no " + what + " (" + resource.substring(1) + ")");
            }
            JsonNode node = JsonFormat.read(in.readAllBytes());
            if (node == null) {
                throw new IOException("the " + what + " (" + resource.substring(1) + ") is empty");
            }
            return node;
        }
    }

    /** The project laid out in the resource folder {@code folder} ("/sample/v1/"), read and checked. */
    static Project project(String folder, String what) throws IOException, ProjectFileException {
        URL url = BundledContent.class.getResource(folder + "project.json");
        if (url == null) {
            throw new IOException("this build of Clausewright lacks the " + what + " (" + folder.substring(1) + ")");
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
            throw new IOException("cannot read the bundled content at " + url, e);
        }
    }
}
