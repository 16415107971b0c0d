package org.clausewright.docx;

import org.clausewright.model.Project;

import java.util.Objects;

/**
 * Everything one Word export needs, already loaded: the command line and the editor build it the same way.
 *
 * @param baseline the version to show changes against as tracked changes, or null for a clean draft
 * @param beside   the same draft in a second language, for a bilingual document (two columns); null for one language
 */
public record ExportRequest(Project project, VersionStamp version, ExportOptions options, Baseline baseline,
                            Project beside) {
    public ExportRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(options, "options");
    }

    public ExportRequest(Project project, VersionStamp version, ExportOptions options, Baseline baseline) {
        this(project, version, options, baseline, null);
    }
}
