package org.clausewright.app;

/** What the window remembers per project (in {@link Settings}): the selection, the working language, and the Export dialog's choices. */
public enum ProjectChoice {
    SELECTION("selection"),
    /** The language version worked on: a target language's tag, or none for the source. */
    WORKING_LANGUAGE("workingLanguage"),
    EXPORT_VERSION("export.version"),
    EXPORT_COMPARE("export.compare"),
    EXPORT_COMMENTS("export.comments"),
    EXPORT_TOC("export.toc"),
    EXPORT_ANNEX("export.annex"),
    EXPORT_MEMBERS("export.members"),
    EXPORT_COMPILATION("export.compilation"),
    EXPORT_CLEAN_TEXT("export.cleanText"),
    EXPORT_STATUS_COLOURS("export.statusColours"),
    EXPORT_WATERMARK("export.watermark"),
    EXPORT_FORMAT("export.format"),
    EXPORT_PDF_A("export.pdfA"),
    EXPORT_FINAL_TEXT("export.finalText"),
    EXPORT_FOLDER("export.folder");

    private final String key;

    ProjectChoice(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
