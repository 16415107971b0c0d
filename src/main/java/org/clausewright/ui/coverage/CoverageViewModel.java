package org.clausewright.ui.coverage;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewright.model.Clause;
import org.clausewright.model.Coverage;
import org.clausewright.model.CoverageState;
import org.clausewright.model.ElementCoverage;
import org.clausewright.model.Framework;
import org.clausewright.model.Numbering;
import org.clausewright.model.Project;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The coverage of one of the project's frameworks by the draft: each element with its state and the clauses that
 * address it. Worked out again on every change of the project while the window is shown, so that an address added
 * in the Details form, an undo or a clause moved out of the outline shows at once.
 */
public final class CoverageViewModel {
    private final ProjectViewModel document;
    private final StringProperty framework = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<List<FrameworkChoice>> frameworks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<CoverageRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper citation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private boolean stale;

    public CoverageViewModel(ProjectViewModel document) {
        this.document = document;
        document.projectProperty().addListener((obs, old, p) -> {
            if (active.get()) {
                load();
            } else {
                stale = true;
            }
        });
        active.addListener((obs, old, on) -> {
            if (on && stale) {
                load();
            }
        });
        framework.addListener((obs, old, id) -> load());
        load();
    }

    private void load() {
        stale = false;
        Project project = document.project();
        List<FrameworkChoice> choices = project.frameworks().values().stream()
                .map(f -> new FrameworkChoice(f.id(), f.displayTitle())).toList();
        if (!choices.equals(frameworks.get())) {
            frameworks.set(choices);
        }
        Framework shown = framework.get() == null ? null : project.frameworks().get(framework.get());
        if (shown == null && !choices.isEmpty()) {
            // the first framework, or the next one left when the shown one was removed; this calls load again
            framework.set(choices.get(0).id());
            return;
        }
        if (shown == null) {
            title.set("");
            citation.set("");
            summary.set(document.messages().get("coverage.none"));
            rows.set(List.of());
            return;
        }
        Coverage coverage = Coverage.of(project, shown);
        title.set(shown.title());
        // the address on a line of its own: citations end with a full stop and run to two lines
        citation.set(String.join("\n", List.of(shown.citation(), shown.url()).stream()
                .filter(s -> !s.isBlank()).toList()));
        summary.set(document.messages().format("coverage.summary", coverage.count(CoverageState.COVERED),
                coverage.count(CoverageState.PARTLY), coverage.count(CoverageState.GAP)));
        List<CoverageRow> list = new ArrayList<>();
        Numbering numbering = document.numbering();
        for (ElementCoverage e : coverage.elements()) {
            List<CoverageRow.ClauseLink> clauses = e.clauses().stream().map(a -> new CoverageRow.ClauseLink(
                    a.clauseId(), numbering.label(a.clauseId()),
                    project.clause(a.clauseId()).map(Clause::heading).orElse(""), a.extent())).toList();
            list.add(new CoverageRow(e.element().id(), e.element().number(),
                    e.element().titleIn(document.messages().locale()),
                    e.element().summary(), e.state(), clauses));
        }
        rows.set(List.copyOf(list));
    }

    /** Shows the clause in the editor (and selects it in the outline). */
    public void open(String clauseId) {
        if (document.project().clause(clauseId).isPresent()) {
            document.selectedClauseIdProperty().set(clauseId);
        }
    }

    /** The id of the framework shown; the first of the project's when none is chosen. */
    public StringProperty frameworkProperty() {
        return framework;
    }

    public ReadOnlyObjectProperty<List<FrameworkChoice>> frameworksProperty() {
        return frameworks.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CoverageRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The framework's full title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Its citation and address, to find the text the elements summarise. */
    public ReadOnlyStringProperty citationProperty() {
        return citation.getReadOnlyProperty();
    }

    /** "7 elements covered · 2 partly covered · 1 gap", or what to do when the project has no framework. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** False while the window is closed: it then catches up when shown again, not on every keystroke. */
    public BooleanProperty activeProperty() {
        return active;
    }

    Messages messages() {
        return document.messages();
    }
}
