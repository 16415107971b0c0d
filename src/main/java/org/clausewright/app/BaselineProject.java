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
        ProjectInfo info = ProjectReader.readInfo(files)
                .orElseThrow(() -> new IOException("the version compared with has no project.json"));
        Outline outline = ProjectReader.readOutline(files).orElse(Outline.empty());
        Map<String, Clause> clauses = new HashMap<>();
        for (String id : outline.clauseIds()) {
            if (changedClauseIds.contains(id)) {
                ProjectReader.readClause(files, id).ifPresent(c -> clauses.put(id, c));
            } else {
                exported.clause(id).ifPresent(c -> clauses.put(id, c));
            }
        }
        return new Project(info, outline, clauses, Map.of());
    }
}
