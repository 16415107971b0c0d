package org.clausewright.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which elements of one framework the draft addresses: computed from the clauses' addresses each time, never stored,
 * so it cannot disagree with them. Only clauses placed in the outline count; the library's candidates and
 * alternatives do not (they are not in the draft).
 */
public record Coverage(Framework framework, List<ElementCoverage> elements) {
    public Coverage {
        elements = List.copyOf(elements);
    }

    /** The coverage of {@code framework} by the outline's clauses of {@code project}. */
    public static Coverage of(Project project, Framework framework) {
        Map<String, List<ElementCoverage.Addressing>> byElement = new LinkedHashMap<>();
        for (String clauseId : project.outline().clauseIds()) {
            Clause clause = project.clauses().get(clauseId);
            if (clause == null) {
                continue;
            }
            for (Address a : clause.addresses()) {
                if (a.framework().equals(framework.id())) {
                    List<ElementCoverage.Addressing> list = byElement.computeIfAbsent(a.element(),
                            k -> new ArrayList<>());
                    // a clause that names an element twice (a hand edit) is listed once, with its fuller claim
                    int at = indexOf(list, clauseId);
                    if (at < 0) {
                        list.add(new ElementCoverage.Addressing(clauseId, a.extent()));
                    } else if (a.extent() == Extent.FULL) {
                        list.set(at, new ElementCoverage.Addressing(clauseId, Extent.FULL));
                    }
                }
            }
        }
        List<ElementCoverage> elements = new ArrayList<>();
        for (FrameworkElement element : framework.elements()) {
            List<ElementCoverage.Addressing> clauses = byElement.getOrDefault(element.id(), List.of());
            elements.add(new ElementCoverage(element, stateOf(clauses), clauses));
        }
        return new Coverage(framework, elements);
    }

    /** The coverage of each of the project's frameworks, in the order of their ids. */
    public static List<Coverage> all(Project project) {
        return project.frameworks().values().stream().map(f -> of(project, f)).toList();
    }

    private static int indexOf(List<ElementCoverage.Addressing> list, String clauseId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).clauseId().equals(clauseId)) {
                return i;
            }
        }
        return -1;
    }

    private static CoverageState stateOf(List<ElementCoverage.Addressing> clauses) {
        if (clauses.isEmpty()) {
            return CoverageState.GAP;
        }
        return clauses.stream().anyMatch(c -> c.extent() == Extent.FULL) ? CoverageState.COVERED
                : CoverageState.PARTLY;
    }

    public List<ElementCoverage> gaps() {
        return elements.stream().filter(ElementCoverage::isGap).toList();
    }

    public long count(CoverageState state) {
        return elements.stream().filter(e -> e.state() == state).count();
    }
}
