package org.clausewright.ui.coverage;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.clausewright.model.Clause;
import org.clausewright.model.Coverage;
import org.clausewright.model.Project;
import org.clausewright.ui.ProjectViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The status bar's line on gaps: "2 Tianjin Guidelines elements not addressed", one phrase per framework with a
 * gap, "" when there is none. Typing changes no address, so a keystroke compares the changed clause's addresses
 * and keeps the line; only a change of addresses, of the outline or of the frameworks counts again.
 */
public final class CoverageGaps {
    private final ProjectViewModel document;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private Project counted;
    /** How many times the frameworks' coverage was worked out: the tests' measure that typing does not. */
    private int countings;
    private boolean started;

    public CoverageGaps(ProjectViewModel document) {
        this(document, true);
    }

    /**
     * The line, worked out at once when {@code now}, else only from {@link #start()} on: the window's first screen
     * does not wait for the frameworks' coverage (and its classes), the line appears just after it.
     */
    public CoverageGaps(ProjectViewModel document, boolean now) {
        this.document = document;
        if (now) {
            start();
        }
    }

    /** Follows the project from now on; once. */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        document.projectProperty().addListener((obs, old, p) -> count(p));
        count(document.project());
    }

    private void count(Project project) {
        if (project == null || !changesCoverage(counted, project)) {
            counted = project;
            return;
        }
        counted = project;
        countings++;
        List<String> phrases = new ArrayList<>();
        for (Coverage coverage : Coverage.all(project)) {
            int gaps = coverage.gaps().size();
            if (gaps > 0) {
                phrases.add(document.messages().format("status.gaps", gaps, coverage.framework().displayTitle()));
            }
        }
        text.set(String.join(" · ", phrases));
    }

    private boolean changesCoverage(Project before, Project after) {
        return changesCoverage(document, before, after);
    }

    /**
     * Whether the frameworks' coverage may differ between the two states: true unless only the texts of clauses
     * changed (a keystroke), which leaves every address, the outline and the frameworks as they were.
     */
    public static boolean changesCoverage(ProjectViewModel document, Project before, Project after) {
        if (before == null || before.frameworks() != after.frameworks()) {
            return true;
        }
        Optional<Set<String>> changed = document.changeSince(before, after);
        if (changed.isEmpty()) {
            return true;
        }
        for (String id : changed.get()) {
            if (!Objects.equals(before.clause(id).map(Clause::addresses), after.clause(id).map(Clause::addresses))) {
                return true;
            }
        }
        return false;
    }

    int countings() {
        return countings;
    }

    /** "" when every element of every framework is addressed. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
