package org.clausewright.ui.coverage;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.clausewright.command.AddFramework;
import org.clausewright.command.RemoveFramework;
import org.clausewright.model.Clause;
import org.clausewright.model.Framework;
import org.clausewright.model.Project;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Project ▸ Frameworks…: the project's frameworks, and those of the library the application ships that it has not
 * taken yet. Adding copies the library's framework into the project; removing warns first, naming the clauses that
 * address it. Both are commands: undo takes them back.
 */
public final class FrameworksViewModel {
    private final ProjectViewModel document;
    private final Callable<List<Framework>> library;
    private final ReadOnlyObjectWrapper<List<FrameworkChoice>> inProject = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<FrameworkChoice>> available = new ReadOnlyObjectWrapper<>(List.of());
    private List<Framework> shipped = List.of();

    /** {@code library} reads the shipped frameworks; it is called off the UI thread, on {@link #loadLibrary()}. */
    public FrameworksViewModel(ProjectViewModel document, Callable<List<Framework>> library) {
        this.document = document;
        this.library = library;
        document.projectProperty().addListener((obs, old, p) -> show());
        show();
    }

    /** Reads the library in the background, then lists what it offers. */
    public void loadLibrary() {
        document.background().run("frameworks", library, list -> {
            shipped = List.copyOf(list);
            show();
        }, error -> document.dialogs().showError(messages().get("frameworks.libraryFailed"), error));
    }

    private void show() {
        Project project = document.project();
        List<FrameworkChoice> ours = project.frameworks().values().stream().map(this::choice).toList();
        List<FrameworkChoice> offered = shipped.stream().filter(f -> !project.frameworks().containsKey(f.id()))
                .map(this::choice).toList();
        if (!ours.equals(inProject.get())) {
            inProject.set(ours);
        }
        if (!offered.equals(available.get())) {
            available.set(offered);
        }
    }

    private FrameworkChoice choice(Framework f) {
        return new FrameworkChoice(f.id(), messages().format("frameworks.entry", f.title(), f.elements().size()));
    }

    /** Copies the library's framework {@code id} into the project; false when it is not offered. */
    public boolean add(String id) {
        Optional<Framework> framework = shipped.stream().filter(f -> f.id().equals(id)).findFirst();
        if (framework.isEmpty() || document.isReadOnly() || document.project().frameworks().containsKey(id)) {
            return false;
        }
        return document.execute(new AddFramework(framework.get()));
    }

    /**
     * Takes the framework out of the project once the member has confirmed, having been told which clauses address
     * it (their addresses stay, and count again if it comes back). False when not confirmed.
     */
    public boolean remove(String id) {
        Framework framework = document.project().frameworks().get(id);
        if (framework == null || document.isReadOnly()) {
            return false;
        }
        List<String> clauses = addressing(document.project(), id);
        String question = messages().format("frameworks.removeConfirm", framework.displayTitle(), clauses.size(),
                String.join("; ", clauses));
        if (!document.dialogs().confirm(messages().format("frameworks.removeTitle", framework.displayTitle()),
                question)) {
            return false;
        }
        return document.execute(new RemoveFramework(id));
    }

    /** The clauses that address the framework: "1.2 Heading" for the draft's, the heading alone for the library's. */
    private List<String> addressing(Project project, String frameworkId) {
        List<String> result = new ArrayList<>();
        List<Clause> ordered = new ArrayList<>();
        project.outline().clauseIds().forEach(cid -> project.clause(cid).ifPresent(ordered::add));
        ordered.addAll(project.library());
        for (Clause c : ordered) {
            if (c.addresses().stream().anyMatch(a -> a.framework().equals(frameworkId))) {
                String number = document.numbering().label(c.id());
                result.add(number.isEmpty() ? c.heading() : number + " " + c.heading());
            }
        }
        return result;
    }

    private Messages messages() {
        return document.messages();
    }

    /** The project's frameworks: "Tianjin Biosecurity Guidelines… (10 elements)". */
    public ReadOnlyObjectProperty<List<FrameworkChoice>> inProjectProperty() {
        return inProject.getReadOnlyProperty();
    }

    /** The library's frameworks the project does not have yet. */
    public ReadOnlyObjectProperty<List<FrameworkChoice>> availableProperty() {
        return available.getReadOnlyProperty();
    }

    Messages windowMessages() {
        return document.messages();
    }

    boolean readOnly() {
        return document.isReadOnly();
    }
}
