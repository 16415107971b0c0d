package org.clausewright.store;

import org.clausewright.model.Address;
import org.clausewright.model.Category;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Section;
import org.clausewright.model.SourceDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that span files: what the outline and clauses refer to must exist, and exist once. */
final class ProjectConsistency {
    private final Map<String, Clause> clauses;
    private final Set<String> unreadable;
    private final ProjectReader.Locator locator;
    private final List<Problem> problems = new ArrayList<>();

    private ProjectConsistency(Map<String, Clause> clauses, Set<String> unreadable, ProjectReader.Locator locator) {
        this.clauses = clauses;
        this.unreadable = unreadable;
        this.locator = locator;
    }

    /** Problems that make the outline unusable: a placement of a clause that is not there, or twice. */
    static List<Problem> checkOutline(Outline outline, Map<String, Clause> clauses, Set<String> unreadable,
                                      ProjectReader.Locator locator) {
        ProjectConsistency c = new ProjectConsistency(clauses, unreadable, locator);
        c.checkOutline(outline);
        return c.problems;
    }

    /**
     * Names that point nowhere (a category, a source document, the clause an alternative belongs to, a delegation,
     * a meeting). The
     * project can still be opened and edited with them: the editor shows them as unknown.
     */
    static List<Problem> checkReferences(ProjectInfo info, Map<String, Clause> clauses, Set<String> unreadable,
                                         ProjectReader.Locator locator) {
        ProjectConsistency c = new ProjectConsistency(clauses, unreadable, locator);
        c.checkReferences(info);
        PartyReferences.check(info, clauses.values(), locator, c.problems);
        return c.problems;
    }

    /**
     * Addresses naming a framework the project does not have, or an element its framework does not have: warnings.
     * The addresses are kept (adding the framework, or a newer edition of it, makes them count again).
     */
    static List<Problem> checkAddresses(Map<String, Framework> frameworks, Map<String, Clause> clauses,
                                        ProjectReader.Locator locator) {
        List<Problem> problems = new ArrayList<>();
        for (Clause clause : clauses.values()) {
            for (int i = 0; i < clause.addresses().size(); i++) {
                Address a = clause.addresses().get(i);
                Framework fw = frameworks.get(a.framework());
                String path = ProjectPaths.clause(clause.id());
                if (fw == null) {
                    problems.add(locator.locate(path, "/addresses/" + i + "/framework", "framework \""
                            + a.framework() + "\" is not in the project (no file "
                            + ProjectPaths.framework(a.framework()) + "): add it from the library, or remove the address; it is kept meanwhile"));
                } else if (fw.element(a.element()).isEmpty()) {
                    problems.add(locator.locate(path, "/addresses/" + i + "/element", "framework \""
                            + a.framework() + "\" has no element \"" + a.element() + "\" (its elements are "
                            + fw.elements().stream().map(FrameworkElement::id).collect(Collectors.joining(", "))
                            + "); the address is kept meanwhile"));
                }
            }
        }
        return problems;
    }

    private void checkOutline(Outline outline) {
        Set<String> placed = new HashSet<>();
        Set<String> containerIds = new HashSet<>();
        for (int i = 0; i < outline.parts().size(); i++) {
            Part part = outline.parts().get(i);
            if (!containerIds.add(part.id())) {
                outline("/parts/" + i + "/id", "part id \"" + part.id() + "\" is used twice");
            }
            for (int j = 0; j < part.items().size(); j++) {
                OutlineItem item = part.items().get(j);
                if (item instanceof ClauseRef ref) {
                    placement(ref.clauseId(), i, j, -1, placed);
                } else if (item instanceof Section section) {
                    if (!containerIds.add(section.id())) {
                        outline(item(i, j) + "/section", "section id \"" + section.id() + "\" is used twice");
                    }
                    for (int k = 0; k < section.clauseIds().size(); k++) {
                        placement(section.clauseIds().get(k), i, j, k, placed);
                    }
                }
            }
        }
    }

    /** A clause's place in the outline: item {@code item} of part {@code part}, in a section when {@code k >= 0}. */
    private void placement(String clauseId, int part, int item, int k, Set<String> placed) {
        boolean known = clauses.containsKey(clauseId) || unreadable.contains(clauseId);
        boolean first = placed.add(clauseId);
        if (known && first) {
            return;
        }
        // spelled out only for a problem: the outline of a large project has thousands of placements
        String pointer = item(part, item) + (k < 0 ? "/clause" : "/clauses/" + k);
        if (!known) {
            outline(pointer, "clause \"" + clauseId + "\" is in the outline but has no file "
                    + ProjectPaths.clause(clauseId));
        }
        if (!first) {
            outline(pointer, "clause \"" + clauseId + "\" is in the outline twice");
        }
    }

    private static String item(int part, int item) {
        return "/parts/" + part + "/items/" + item;
    }

    private void checkReferences(ProjectInfo info) {
        Set<String> categories = info.categories().stream().map(Category::id).collect(Collectors.toSet());
        Set<String> sources = info.sources().stream().map(SourceDocument::id).collect(Collectors.toSet());
        for (Clause clause : clauses.values()) {
            String path = ProjectPaths.clause(clause.id());
            if (!clause.category().isEmpty() && !categories.contains(clause.category())) {
                problems.add(locator.locate(path, "/category", "category \"" + clause.category()
                        + "\" is not one of the categories in project.json"));
            }
            for (int i = 0; i < clause.sources().size(); i++) {
                if (!sources.contains(clause.sources().get(i))) {
                    problems.add(locator.locate(path, "/sources/" + i, "source \"" + clause.sources().get(i)
                            + "\" is not one of the source documents in project.json"));
                }
            }
            String alt = clause.alternativeOf();
            if (alt != null && !clauses.containsKey(alt) && !unreadable.contains(alt)) {
                problems.add(locator.locate(path, "/alternativeOf", "`alternativeOf` names clause \"" + alt
                        + "\", which has no file"));
            }
        }
    }

    private void outline(String pointer, String message) {
        problems.add(locator.locate(ProjectPaths.OUTLINE, pointer, message));
    }
}
