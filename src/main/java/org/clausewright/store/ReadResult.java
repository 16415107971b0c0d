package org.clausewright.store;

import org.clausewright.model.Project;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A project as read, with every problem found on the way. {@code project} is null only when project.json
 * or outline.json could not be read at all; otherwise it holds everything that could be read.
 * <p>
 * The warnings are worked out when first asked for. Only {@code validate} prints them, and checking every name a
 * negotiated draft's 15,000 options give was a tenth of opening it, of `status` and of an export's reading, which
 * never showed them.
 */
public final class ReadResult {
    private final Project project;
    private final List<Problem> problems;
    private final Path folder;
    private final List<Problem> kept;
    private Supplier<List<Problem>> findWarnings;
    private List<Problem> warnings;

    /**
     * @param problems      what stops the project from being used as it is (it is not opened or recorded)
     * @param findWarnings  names that point nowhere (an unknown category, source or alternative), found when asked
     *                      for: the project opens, records and exports; `validate` prints them as warnings
     * @param folder        the folder the files were read from, or null for a recorded version: a refusal names the
     *                      file in full
     * @param kept          of the warnings, the keys and values a newer Clausewright wrote that this one does not know:
     *                      kept and written back as they are, and worth telling a member once when the project opens
     */
    ReadResult(Project project, List<Problem> problems, Supplier<List<Problem>> findWarnings, Path folder,
               List<Problem> kept) {
        this.project = project;
        this.problems = List.copyOf(problems);
        this.findWarnings = findWarnings;
        this.folder = folder;
        this.kept = List.copyOf(kept);
    }

    public ReadResult(Project project, List<Problem> problems, List<Problem> warnings, Path folder,
                      List<Problem> kept) {
        this(project, problems, () -> warnings, folder, kept);
    }

    public ReadResult(Project project, List<Problem> problems, List<Problem> warnings, Path folder) {
        this(project, problems, warnings, folder, List.of());
    }

    public ReadResult(Project project, List<Problem> problems, List<Problem> warnings) {
        this(project, problems, warnings, null);
    }

    public ReadResult(Project project, List<Problem> problems) {
        this(project, problems, List.of());
    }

    public Project project() {
        return project;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Names that point nowhere, and what was kept: worked out on the first call, from the files as they are then. */
    public synchronized List<Problem> warnings() {
        if (warnings == null) {
            warnings = List.copyOf(findWarnings.get());
            findWarnings = null;
        }
        return warnings;
    }

    public Path folder() {
        return folder;
    }

    public List<Problem> kept() {
        return kept;
    }

    public boolean isValid() {
        return project != null && problems.isEmpty();
    }

    /** The project, or an exception listing what is wrong. */
    public Project orThrow() throws ProjectFileException {
        if (!isValid()) {
            throw new ProjectFileException(problems, folder);
        }
        return project;
    }
}
