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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The starter projects for other dual-use fields (resources/templates/ and its index.json). A project made from one
 * is the template's folder, read and checked like any project, written into a new folder and recorded as its first
 * version: no other history, unlike the sample.
 */
public final class ProjectTemplates {
    private static final String ROOT = "/templates/";

    private final List<ProjectTemplate> templates;

    private ProjectTemplates(List<ProjectTemplate> templates) {
        this.templates = List.copyOf(templates);
    }

    /** The templates this build ships, in the order of index.json. */
    public static ProjectTemplates bundled() throws IOException {
        JsonNode index = BundledContent.json(ROOT + "index.json", "list of templates");
        List<ProjectTemplate> found = new ArrayList<>();
        for (JsonNode t : index.path("templates")) {
            found.add(new ProjectTemplate(t.path("id").asText(), t.path("title").asText(),
                    t.path("framework").asText()));
        }
        if (found.isEmpty()) {
            throw new IOException("this build of Clausewright lists no templates (templates/index.json)");
        }
        return new ProjectTemplates(found);
    }

    public List<ProjectTemplate> all() {
        return templates;
    }

    public Optional<ProjectTemplate> find(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The template named {@code id}, or an error that names every template there is. */
    public ProjectTemplate require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("there is no template \"" + id
                + "\": choose " + names()));
    }

    /** "biology, ai, cyber or space". */
    public String names() {
        List<String> ids = templates.stream().map(ProjectTemplate::id).toList();
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return ids.subList(0, ids.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + ids.get(ids.size() - 1);
    }

    /** The template's draft as shipped, read and checked. */
    public Project read(ProjectTemplate template) throws IOException, ProjectFileException {
        return BundledContent.project(ROOT + template.id() + "/", "template \"" + template.id() + "\"");
    }

    /**
     * Creates {@code target} (which must not exist or be empty) from the template, with one recorded version. The
     * folder appears only when complete.
     *
     * @param title the draft's title, or null for the template's own
     */
    public Project install(Path target, ProjectTemplate template, String title, String author)
            throws IOException, HistoryException, ProjectFileException {
        Project shipped = read(template);
        Project project = title == null ? shipped : shipped.withInfo(shipped.info().withTitle(title));
        NewProjectFolder.create(target, folder -> {
            new ProjectWriter(new ProjectFolder(folder)).writeAll(project);
            try (VersionHistory history = VersionHistory.open(folder)) {
                history.record("Project created", "New project \"" + project.info().title() + "\" from the "
                        + template.id() + " template.", author, Instant.now());
            }
        });
        return project;
    }
}
