package org.clausewright.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.clausewright.command.AddAddress;
import org.clausewright.command.RemoveAddress;
import org.clausewright.model.Address;
import org.clausewright.model.Clause;
import org.clausewright.model.Coverage;
import org.clausewright.model.ElementCoverage;
import org.clausewright.model.Extent;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.Project;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.coverage.CoverageGaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The framework elements the selected clause addresses, and the elements it could still address, for the Details
 * form. Adding and removing are commands on the project's stack: one undo step each.
 */
public final class AddressesViewModel {
    private final ProjectViewModel document;
    private final ReadOnlyObjectWrapper<List<AddressLine>> lines = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<ElementChoice>> choices = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanProperty editable = new SimpleBooleanProperty();
    /** What the lists were last made from: a keystroke keeps the clause's addresses and the frameworks as they are. */
    private List<Address> loadedAddresses;
    private Object loadedFrameworks;
    /** The state the lists were made from, to tell whether another clause's addresses changed the gaps since. */
    private Project loadedProject;

    public AddressesViewModel(ProjectViewModel document) {
        this.document = document;
        document.projectProperty().addListener((obs, old, p) -> load());
        document.selectedClauseIdProperty().addListener((obs, old, id) -> load());
        load();
    }

    private void load() {
        Optional<Clause> clause = selected();
        editable.set(clause.isPresent() && !document.isReadOnly());
        Project project = document.project();
        List<Address> addresses = clause.map(Clause::addresses).orElse(List.of());
        Object frameworks = project == null ? null : project.frameworks();
        boolean sameGaps = project != null && loadedProject != null
                && !CoverageGaps.changesCoverage(document, loadedProject, project);
        loadedProject = project;
        if (clause.isPresent() && addresses == loadedAddresses && frameworks == loadedFrameworks && sameGaps) {
            return;
        }
        loadedAddresses = clause.isPresent() ? addresses : null;
        loadedFrameworks = frameworks;
        List<AddressLine> shown = addresses.stream().map(a -> line(project, a)).toList();
        List<ElementChoice> offered = new ArrayList<>();
        if (clause.isPresent()) {
            for (Coverage coverage : Coverage.all(project)) {
                Framework framework = coverage.framework();
                for (ElementCoverage covered : coverage.elements()) {
                    FrameworkElement element = covered.element();
                    if (addresses.stream().noneMatch(a -> a.isOf(framework.id(), element.id()))) {
                        offered.add(choice(framework, element, covered.isGap()));
                    }
                }
            }
        }
        // a keystroke in the text makes a new project but the same lists: the form is not rebuilt for it
        if (!shown.equals(lines.get())) {
            lines.set(shown);
        }
        if (!offered.equals(choices.get())) {
            choices.set(List.copyOf(offered));
        }
    }

    private AddressLine line(Project project, Address address) {
        Framework framework = project.frameworks().get(address.framework());
        Optional<FrameworkElement> element = framework == null ? Optional.empty()
                : framework.element(address.element());
        if (element.isEmpty()) {
            return new AddressLine(address.framework(), address.element(), address.extent(),
                    messages().format("editor.addresses.unknown", framework == null ? address.framework()
                            : framework.displayTitle(), address.element()), "", false);
        }
        return new AddressLine(address.framework(), address.element(), address.extent(),
                label(framework, element.get()), element.get().summary(), true);
    }

    /** An element to pick; one no clause of the draft addresses says so in words, readable without colour. */
    private ElementChoice choice(Framework framework, FrameworkElement element, boolean gap) {
        String label = label(framework, element);
        return new ElementChoice(framework.id(), element.id(),
                gap ? messages().format("editor.addresses.elementGap", label) : label, element.summary(), gap);
    }

    private String label(Framework framework, FrameworkElement element) {
        return messages().format("editor.addresses.element", framework.displayTitle(), element.number(),
                element.titleIn(messages().locale()));
    }

    /** The clause now addresses {@code element} this far; false when it cannot (nothing selected, read-only). */
    public boolean add(ElementChoice element, Extent extent) {
        Optional<Clause> clause = selected();
        if (element == null || extent == null || clause.isEmpty() || !editable.get()) {
            return false;
        }
        return document.execute(new AddAddress(clause.get().id(), element.framework(), element.element(), extent));
    }

    /** The clause no longer addresses that element. */
    public boolean remove(AddressLine line) {
        Optional<Clause> clause = selected();
        if (line == null || clause.isEmpty() || !editable.get()) {
            return false;
        }
        return document.execute(new RemoveAddress(clause.get().id(), line.framework(), line.element()));
    }

    private Optional<Clause> selected() {
        String id = document.selectedClauseIdProperty().get();
        return id == null || document.project() == null ? Optional.empty() : document.project().clause(id);
    }

    boolean hasFrameworks() {
        return !document.project().frameworks().isEmpty();
    }

    private Messages messages() {
        return document.messages();
    }

    /** What the selected clause addresses, in the clause's order. */
    public ReadOnlyObjectProperty<List<AddressLine>> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    /** Every element of the project's frameworks that the clause does not address yet, framework by framework. */
    public ReadOnlyObjectProperty<List<ElementChoice>> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public BooleanProperty editableProperty() {
        return editable;
    }
}
