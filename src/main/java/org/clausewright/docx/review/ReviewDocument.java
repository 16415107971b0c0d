package org.clausewright.docx.review;

import org.clausewright.docx.DocumentProperties;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a reviewed .docx holds that the import needs, read from it once.
 *
 * @param properties the custom document properties (the export writes the project and version ids there)
 */
public record ReviewDocument(String fileName, List<DocParagraph> paragraphs, List<WordComment> comments,
                             Map<String, TextPoint> commentStarts, Map<String, TextPoint> commentEnds,
                             Map<String, TextPoint> commentReferences, int formattingChanges,
                             Map<String, String> properties) {

    /** The custom properties the import reads: those the export writes to name its project and version. */
    static final Set<String> PROPERTIES = Set.of(DocumentProperties.PROJECT_ID, DocumentProperties.VERSION_ID,
            DocumentProperties.BRACKET_NO_TEXT, DocumentProperties.LANGUAGE);

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
        return property(DocumentProperties.PROJECT_ID);
    }

    /** The id of the version the draft was exported from, when the file says. */
    public Optional<String> versionId() {
        return property(DocumentProperties.VERSION_ID);
    }

    /**
     * The words the export printed an empty bracket option as, when it printed open brackets "[a / b]"; empty
     * for a file from an export that printed them as the clause text has them, "[a][b]".
     */
    public Optional<String> bracketNoText() {
        return property(DocumentProperties.BRACKET_NO_TEXT);
    }

    /**
     * The languages of the document's text as the export wrote them: one for a language version ("fr"), two in
     * column order for a bilingual draft; empty for a file from before the export said (a review of the source).
     */
    public List<String> languages() {
        return property(DocumentProperties.LANGUAGE)
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    public int trackedChangeCount() {
        return paragraphs.stream().mapToInt(p -> p.changes().size()).sum();
    }

    private Optional<String> property(String key) {
        String value = properties.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
