package org.clausewright.app;

import org.clausewright.docx.review.ReviewDocument;
import org.clausewright.docx.review.ReviewPlan;
import org.clausewright.docx.review.ReviewReportPrinter;
import org.clausewright.model.Project;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What importing a review would do, before anything changes: the plan, and the report lines the editor shows
 * as its preview and the command line prints.
 *
 * @param base     the project state the plan was worked out against
 * @param exported the version the file was exported from, when this project's history has it; else null
 * @param notes    lines about where the file came from (its version, another project)
 */
public record ReviewPreview(Path file, ReviewDocument document, ReviewPlan plan, Project base, Project exported,
                            List<String> notes) {
    public ReviewPreview {
        notes = List.copyOf(notes);
    }

    /** Whether the file brings nothing the project does not already have. */
    public boolean bringsNothingNew() {
        return plan.isEmpty();
    }

    public List<String> report(Locale locale, boolean dryRun) {
        return new ReviewReportPrinter(locale).lines(plan, base, notes, dryRun);
    }
}
