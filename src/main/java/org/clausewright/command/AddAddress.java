package org.clausewright.command;

import org.clausewright.model.Address;
import org.clausewright.model.Clause;
import org.clausewright.model.Extent;
import org.clausewright.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Says that a clause addresses an element of a framework, fully or partly. When the clause names that element already,
 * only the extent changes (a clause names each element once); the element must be one of the project's frameworks'.
 */
public record AddAddress(String clauseId, String framework, String element, Extent extent) implements Command {
    @Override
    public String name() {
        return "command.addAddress";
    }

    @Override
    public Project apply(Project project) {
        Clause clause = Clauses.require(project, clauseId);
        project.framework(framework).flatMap(f -> f.element(element)).orElseThrow(() ->
                new IllegalArgumentException("the project has no element " + element + " of framework " + framework));
        List<Address> addresses = new ArrayList<>(clause.addresses());
        for (int i = 0; i < addresses.size(); i++) {
            Address a = addresses.get(i);
            if (a.isOf(framework, element)) {
                if (a.extent() == extent && a.extras().value("extent") == null) {
                    return project;
                }
                addresses.set(i, a.withExtent(extent));
                return project.withClause(clause.withAddresses(addresses));
            }
        }
        addresses.add(new Address(framework, element, extent));
        return project.withClause(clause.withAddresses(addresses));
    }
}
