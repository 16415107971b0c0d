package org.clausewright.command;

import org.clausewright.model.Project;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Takes into the project the parts that another program changed on disk (a text editor, {@code git pull}), or
 * their merge with the window's edits, each only if the window has not changed that part meanwhile: what the
 * member types is never replaced by this command. Undo brings back the window's version, saved like any edit.
 */
public record TakeInOutsideChange(List<Part> parts, String name) implements Command {
    /**
     * One file's part: {@code unedited} says whether a state still holds that part as the window had it when the
     * change was found; {@code put} puts the disk's version in.
     */
    public record Part(String path, Predicate<Project> unedited, UnaryOperator<Project> put) {
        public Part {
            Objects.requireNonNull(path);
            Objects.requireNonNull(unedited);
            Objects.requireNonNull(put);
        }
    }

    public TakeInOutsideChange {
        parts = List.copyOf(parts);
        Objects.requireNonNull(name);
    }

    @Override
    public Project apply(Project project) {
        Project result = project;
        for (Part part : parts) {
            if (part.unedited().test(project)) {
                result = part.put().apply(result);
            }
        }
        return result;
    }
}
