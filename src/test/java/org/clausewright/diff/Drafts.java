package org.clausewright.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Section;

/** Builds small projects for comparison tests: parts of clause ids, every clause with a readable text. */
final class Drafts {
    private Drafts() {
    }

    static Clause clause(String id) {
        return Clause.of(id, "Heading of " + id, "Text of " + id + ".");
    }

    static Part part(String id, OutlineItem... items) {
        return new Part(id, "Part " + id, List.of(items));
    }

    static Part part(String id, String... clauseIds) {
        return new Part(id, "Part " + id, List.of(clauseIds).stream().map(ClauseRef::new).map(OutlineItem.class::cast).toList());
    }

    static Section section(String id, String... clauseIds) {
        return new Section(id, "Section " + id, List.of(clauseIds));
    }

    static ClauseRef ref(String id) {
        return new ClauseRef(id);
    }

    /** A complete project: every clause in the outline gets a file, plus the given library clauses. */
    static Project project(List<Part> parts, String... libraryIds) {
        Outline outline = new Outline(parts);
        Map<String, Clause> clauses = new LinkedHashMap<>();
        outline.clauseIds().forEach(id -> clauses.put(id, clause(id)));
        for (String id : libraryIds) {
            clauses.put(id, clause(id));
        }
        return new Project(ProjectInfo.titled("model-code", "Model Code"), outline, clauses, Map.of());
    }

    /** The same project holding only the named clauses, as the history layer passes it. */
    static Project partial(Project project, String... keep) {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        for (String id : keep) {
            project.clause(id).ifPresent(c -> clauses.put(id, c));
        }
        return new Project(project.info(), project.outline(), clauses, Map.of());
    }

    static List<String> ids(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(prefix + i);
        }
        return ids;
    }
}
