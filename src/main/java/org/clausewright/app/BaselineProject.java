package org.clausewright.app;

import org.clausewright.model.Clause;
import org.clausewright.model.Outline;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFiles;
import org.clausewright.store.ProjectReader;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The baseline of an export as the Word writer needs it: its project.json, its outline and the clauses of
 * that outline. Only the clause files that changed since the baseline are read from it; a file that did not
 * change holds the same clause as the exported version, which is taken from there. Threads and library
 * clauses are left out: tracked changes show clause text and outline only.
 */
final class BaselineProject {
    private BaselineProject() {
    }

    static Project read(ProjectFiles files, Project exported, Set<String> changedClauseIds)
            throws IOException, ProjectFileException {
        return readChanged(files, changedClauseIds).with(exported);
    }

    /**
     * What only the baseline holds: its project.json, its outline and those of its clauses that changed. Needs
     * nothing of the exported project, so the export reads it while the exported project is still being read.
     */
    static Changed readChanged(ProjectFiles files, Set<String> changedClauseIds)
            throws IOException, ProjectFileException {
        ProjectInfo info = ProjectReader.readInfo(files)
                .orElseThrow(() -> new IOException("the version compared with has no project.json"));
        Outline outline = ProjectReader.readOutline(files).orElse(Outline.empty());
        Map<String, Clause> changed = new HashMap<>();
        for (String id : outline.clauseIds()) {
            if (changedClauseIds.contains(id)) {
                ProjectReader.readClause(files, id).ifPresent(c -> changed.put(id, c));
            }
        }
        return new Changed(info, outline, changed, changedClauseIds);
    }

    /** The baseline's own files, read; {@link #with} takes the clauses that did not change from the export. */
    record Changed(ProjectInfo info, Outline outline, Map<String, Clause> clauses, Set<String> changedClauseIds) {
        Project with(Project exported) {
            Map<String, Clause> all = new HashMap<>(clauses);
            for (String id : outline.clauseIds()) {
                if (!changedClauseIds.contains(id)) {
                    exported.clause(id).ifPresent(c -> all.put(id, c));
                }
            }
            return new Project(info, outline, all, Map.of());
        }
    }
}
