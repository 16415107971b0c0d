package org.clausewright.command;

import org.clausewright.model.Clause;
import org.clausewright.model.Project;

/** Says that a clause no longer addresses an element; also for addresses naming a framework the project lacks. */
public record RemoveAddress(String clauseId, String framework, String element) implements Command {
    @Override
    public String name() {
        return "command.removeAddress";
    }

    @Override
    public Project apply(Project project) {
        Clause clause = Clauses.require(project, clauseId);
        if (clause.address(framework, element).isEmpty()) {
            return project;
        }
        return project.withClause(clause.withAddresses(clause.addresses().stream()
                .filter(a -> !a.isOf(framework, element)).toList()));
    }
}
