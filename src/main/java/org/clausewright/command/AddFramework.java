package org.clausewright.command;

import org.clausewright.model.Framework;
import org.clausewright.model.Project;

/**
 * Adds a framework to the project (a copy of the library's, which is the project's own from then on). A project that
 * has a framework of that id keeps it: its copy may have been edited, and replacing it would lose those edits.
 */
public record AddFramework(Framework framework) implements Command {
    @Override
    public String name() {
        return "command.addFramework";
    }

    @Override
    public Project apply(Project project) {
        if (project.framework(framework.id()).isPresent()) {
            throw new IllegalArgumentException("the project has framework " + framework.id() + " already");
        }
        return project.withFramework(framework);
    }
}
