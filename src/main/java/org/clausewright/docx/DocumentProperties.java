package org.clausewright.docx;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.util.Date;
import java.util.Optional;

/**
 * Title and author, and custom properties naming the project and version the file was made from, so that
 * a review imported later knows which version its comments and changes apply to.
 */
public final class DocumentProperties {
    public static final String PROJECT_ID = "ClausewrightProjectId";
    public static final String VERSION_ID = "ClausewrightVersionId";
    public static final String VERSION_LABEL = "ClausewrightVersionLabel";
    public static final String BASELINE_LABEL = "ClausewrightComparedWith";
    /**
     * The words an empty bracket option was printed as ("no text"): its presence says that open brackets are
     * printed "[a / b]", so that the review import maps a reviewer's ranges back to the clause text "[a][b]".
     */
    public static final String BRACKET_NO_TEXT = "ClausewrightBracketNoText";
    /**
     * The language version the document's text is in ("fr"), or the two of a bilingual document in column order
     * ("fr,en"), so that a review of it goes onto that language's text. Files exported before it was written have
     * no such property and are imported as reviews of the source.
     */
    public static final String LANGUAGE = "ClausewrightLanguage";

    private DocumentProperties() {
    }

    static void apply(XWPFDocument document, ExportRequest request, Messages messages, String noText) {
        POIXMLProperties properties = document.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(RunText.plain(request.project().info().title()));
        core.setCreator(RunText.plain(request.version().author()));
        core.setCreated(Optional.of(Date.from(request.version().date())));
        if (!request.project().info().subtitle().isBlank()) {
            core.setSubjectProperty(RunText.plain(request.project().info().subtitle()));
        }
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty(PROJECT_ID, request.project().info().id());
        custom.addProperty(VERSION_ID, request.version().id());
        custom.addProperty(VERSION_LABEL, RunText.plain(request.version().printed(messages)));
        if (request.baseline() != null) {
            custom.addProperty(BASELINE_LABEL, RunText.plain(request.baseline().label()));
        }
        custom.addProperty(BRACKET_NO_TEXT, noText);
        String language = request.project().info().languages().source();
        custom.addProperty(LANGUAGE, request.beside() == null ? language
                : language + "," + request.beside().info().languages().source());
        properties.getExtendedProperties().getUnderlyingProperties().setApplication("Clausewright");
    }
}
