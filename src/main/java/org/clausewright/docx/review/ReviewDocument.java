package org.clausewright.docx.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reviewed .docx holds that the import needs, read from it once.
 *
 * @param properties the custom document properties (the export writes the project and version ids there)
 */
public record ReviewDocument(String fileName, List<DocParagraph> paragraphs, List<WordComment> comments,
                             Map<String, TextPoint> commentStarts, Map<String, TextPoint> commentEnds,
                             Map<String, TextPoint> commentReferences, int formattingChanges,
                             Map<String, String> properties) {
    /** Property names the export may use for the project id, first match wins. */
    private static final List<String> PROJECT_KEYS = List.of("clausewright.project", "ClausewrightProject",
            "clausewright-project", "ClausewrightProjectId");
    private static final List<String> VERSION_KEYS = List.of("clausewright.version", "ClausewrightVersion",
            "clausewright-version", "ClausewrightVersionId");

    public ReviewDocument {
        paragraphs = List.copyOf(paragraphs);
        comments = List.copyOf(comments);
        commentStarts = Map.copyOf(commentStarts);
        commentEnds = Map.copyOf(commentEnds);
        commentReferences = Map.copyOf(commentReferences);
        properties = Map.copyOf(properties);
    }

    /** The id of the project the draft was exported from, when the file says. */
    public Optional<String> projectId() {
        return property(PROJECT_KEYS);
    }

    /** The id of the version the draft was exported from, when the file says. */
    public Optional<String> versionId() {
        return property(VERSION_KEYS);
    }

    public int trackedChangeCount() {
        return paragraphs.stream().mapToInt(p -> p.changes().size()).sum();
    }

    private Optional<String> property(List<String> keys) {
        for (String key : keys) {
            String value = properties.get(key);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }
}
