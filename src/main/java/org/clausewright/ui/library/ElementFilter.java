package org.clausewright.ui.library;

import org.clausewright.model.Address;
import org.clausewright.model.Coverage;
import org.clausewright.model.ElementCoverage;
import org.clausewright.model.Extent;
import org.clausewright.ui.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * An entry of the Library's framework filter: a framework element ("Tianjin Guidelines ▸ 3 Education and
 * awareness", "(gap)" added when no clause of the draft addresses it), or the clauses that address none.
 *
 * @param key the element's {@link org.clausewright.model.Address#key()}, or {@link #NOTHING}
 */
public record ElementFilter(String key, String label) {
    /** The entry for clauses that address no element of any framework: the ones still to map. */
    public static final String NOTHING = "";

    /** The entries for the project's frameworks, in their order and their elements' order. */
    static List<ElementFilter> of(org.clausewright.model.Project project, Messages messages) {
        if (project.frameworks().isEmpty()) {
            return List.of();
        }
        List<ElementFilter> result = new ArrayList<>();
        result.add(new ElementFilter(NOTHING, messages.get("library.filter.elements.nothing")));
        for (Coverage coverage : Coverage.all(project)) {
            for (ElementCoverage e : coverage.elements()) {
                String label = messages.format("editor.addresses.element", coverage.framework().displayTitle(),
                        e.element().number(), e.element().titleIn(messages.locale()));
                String key = new Address(coverage.framework().id(), e.element().id(), Extent.FULL).key();
                result.add(new ElementFilter(key,
                        e.isGap() ? messages.format("library.filter.elements.gap", label) : label));
            }
        }
        return List.copyOf(result);
    }
}
