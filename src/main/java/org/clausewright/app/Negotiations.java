package org.clausewright.app;

import org.clausewright.command.Command;
import org.clausewright.command.Decide;
import org.clausewright.command.FreezeNumbering;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * The negotiation's use cases on a project folder, for the command line: reading where things stand, recording
 * a decision, freezing the numbering. Changes are saved, not recorded as a version: like an edit in the window,
 * they go into the next version the committee records, and `diff … working` shows them meanwhile.
 */
public final class Negotiations {
    private Negotiations() {
    }

    /** The project as its folder holds it now; a project with problems is refused with all of them. */
    public static Project read(Path dir) throws IOException, ProjectFileException {
        Versions.requireProject(dir);
        return ProjectReader.read(new ProjectFolder(dir)).orThrow();
    }

    /**
     * As {@link #read}, without the threads, for the reports that show nothing of them (`status`, `outline`,
     * `brackets`): their files are not read, nor checked (`validate` checks them). Never saved.
     */
    public static Project readDraft(Path dir) throws IOException, ProjectFileException {
        Versions.requireProject(dir);
        return ProjectReader.readWithoutThreads(new ProjectFolder(dir)).orThrow();
    }

    /** What a decision changed: the clause before and after, and where it stands in the draft. */
    public record Decided(Clause before, Clause after, String number) {
    }

    /**
     * Records a decision moving clause {@code clauseRef} (id or number) to {@code to}, and saves the clause.
     * Refused, with nothing written, when the project is open elsewhere, when a name finds nothing, and when
     * {@code to} settles wording that still has an open bracket (the brackets are named).
     */
    public static Decided decide(Path dir, String clauseRef, ClauseStatus to, String meeting, String delegation,
                                 String note, String author, Consumer<String> notices)
            throws IOException, ProjectFileException {
        try (ProjectSession session = writable(dir, author, notices)) {
            ClauseLookup lookup = new ClauseLookup(session.project());
            Clause before = lookup.clause(clauseRef);
            Negotiation.Context context = new Negotiation.Context(Instant.now().truncatedTo(ChronoUnit.SECONDS), author, lookup.meeting(meeting),
                    lookup.delegation(delegation), note);
            String number = session.project().outline().numbering().label(before.id());
            Project after;
            try {
                after = run(session, new Decide(before.id(), to, context));
            } catch (IllegalArgumentException refused) {
                throw new IllegalArgumentException((number.isEmpty() ? "library clause " + before.id() : "clause "
                        + number) + " " + refused.getMessage() + " Nothing was changed.", refused);
            }
            return new Decided(before, after.clause(before.id()).orElseThrow(), number);
        }
    }

    /**
     * Freezes the numbering as it stands and saves the outline; false, with nothing written, when it was frozen
     * already.
     */
    public static boolean freeze(Path dir, String author, Consumer<String> notices)
            throws IOException, ProjectFileException {
        try (ProjectSession session = writable(dir, author, notices)) {
            if (session.project().outline().isFrozen()) {
                return false;
            }
            run(session, new FreezeNumbering());
            return true;
        }
    }

    private static Project run(ProjectSession session, Command command) throws IOException {
        Project after = session.execute(command);
        session.save();
        return after;
    }

    private static ProjectSession writable(Path dir, String author, Consumer<String> notices)
            throws IOException, ProjectFileException {
        Versions.requireProject(dir);
        ProjectSession session = ProjectSession.open(dir, author, notices);
        if (session.isReadOnly()) {
            String holder = session.heldBy().orElse("another member");
            session.close();
            throw new IllegalStateException(dir + " is open by " + holder
                    + ": make the change there, or close it first; nothing was changed");
        }
        return session;
    }
}
