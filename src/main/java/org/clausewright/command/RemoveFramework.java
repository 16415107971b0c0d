package org.clausewright.command;

import org.clausewright.model.Project;

/**
 * Takes a framework out of the project. The clauses' addresses of it stay (validate warns of them): adding the
 * framework again makes them count again, and undo brings the file back.
 */
public record RemoveFramework(String frameworkId) implements Command {
    @Override
    public String name() {
        return "command.removeFramework";
    }

    @Override
    public Project apply(Project project) {
        return project.framework(frameworkId).isPresent() ? project.withoutFramework(frameworkId) : project;
    }
}
