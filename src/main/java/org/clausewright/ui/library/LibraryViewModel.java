package org.clausewright.ui.library;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.clausewright.command.ClauseSlot;
import org.clausewright.command.DuplicateClause;
import org.clausewright.command.MoveClause;
import org.clausewright.command.OutlineEdits;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Ids;
import org.clausewright.model.Numbering;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.outline.OutlineRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every clause, the draft's and the library's, with instant search and filters by category, tag, status and
 * framework element. Rows are cached per clause object, so a keystroke in one clause rebuilds one row.
 */
public final class LibraryViewModel {
    private org.clausewright.model.ProjectInfo namedBy;
    private final ProjectViewModel document;
    private final ObservableValue<OutlineRow> outlineSelection;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableSet<String> categories = FXCollections.observableSet();
    private final ObservableSet<String> tags = FXCollections.observableSet();
    private final ObservableSet<ClauseStatus> statuses = FXCollections.observableSet();
    private final ObservableSet<String> elements = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<List<ElementFilter>> allElements = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<LibraryRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<String>> allCategories = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<String>> allTags = new ReadOnlyObjectWrapper<>(List.of());
    private final Map<String, Cached> cache = new HashMap<>();
    private final javafx.beans.property.BooleanProperty active = new javafx.beans.property.SimpleBooleanProperty(true);
    private List<LibraryRow> all = List.of();
    private Outline numberedOutline;
    private Numbering numbering;
    private List<String> readingOrder = List.of();
    private boolean stale;

    /** {@code outlineSelection} is the row selected in the outline: where "Add to draft" puts a clause. */
    public LibraryViewModel(ProjectViewModel document, ObservableValue<OutlineRow> outlineSelection) {
        this.document = document;
        this.outlineSelection = outlineSelection;
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
        search.addListener((obs, old, s) -> filter());
        categories.addListener((SetChangeListener<String>) c -> filter());
        tags.addListener((SetChangeListener<String>) c -> filter());
        statuses.addListener((SetChangeListener<ClauseStatus>) c -> filter());
        elements.addListener((SetChangeListener<String>) c -> filter());
        load();
    }

    private void load() {
        stale = false;
        Project project = document.project();
        if (project.outline() != numberedOutline) {
            numberedOutline = project.outline();
            numbering = numberedOutline.numbering();
            readingOrder = numbering.numberedClauseIds();
            cache.clear();
        }
        if (project.info() != namedBy) {
            // the rows show the categories' names, which the project's information holds
            namedBy = project.info();
            cache.clear();
        }
        List<LibraryRow> list = new ArrayList<>(project.clauses().size());
        TreeSet<String> cats = new TreeSet<>();
        TreeSet<String> tagSet = new TreeSet<>();
        // draft clauses in reading order first, then the library by id
        List<Clause> ordered = new ArrayList<>(project.clauses().size());
        readingOrder.forEach(id -> project.clause(id).ifPresent(ordered::add));
        ordered.addAll(project.library());
        for (Clause clause : ordered) {
            Cached c = cache.get(clause.id());
            if (c == null || c.clause != clause) {
                c = new Cached(clause, rowOf(clause));
                cache.put(clause.id(), c);
            }
            list.add(c.row);
            if (!clause.category().isEmpty()) {
                cats.add(clause.category());
            }
            tagSet.addAll(clause.tags());
        }
        cache.keySet().retainAll(project.clauses().keySet());
        all = list;
        allCategories.set(List.copyOf(cats));
        allTags.set(List.copyOf(tagSet));
        List<ElementFilter> offered = ElementFilter.of(project, document.messages());
        if (!offered.equals(allElements.get())) {
            allElements.set(offered);
        }
        filter();
    }

    private LibraryRow rowOf(Clause c) {
        String categoryName = namedBy.categories().stream().filter(k -> k.id().equals(c.category())).findFirst()
                .map(org.clausewright.model.Category::name).orElse(c.category());
        return new LibraryRow(c.id(), numbering.label(c.id()), c.heading(), c.category(), categoryName, c.tags(),
                c.status(),
                c.unknownStatus().orElseGet(() -> document.messages().get("status." + c.status().key())),
                c.alternativeOf(),
                (c.heading() + "\n" + c.text()).toLowerCase(Locale.ROOT),
                c.addresses().stream().map(org.clausewright.model.Address::key)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    private void filter() {
        String[] words = search.get().toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<LibraryRow> result = new ArrayList<>();
        for (LibraryRow row : all) {
            if (matches(row, words)) {
                result.add(row);
            }
        }
        rows.set(result);
    }

    private boolean matches(LibraryRow row, String[] words) {
        if (!categories.isEmpty() && !categories.contains(row.category())) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(row.status())) {
            return false;
        }
        if (!tags.isEmpty() && row.tags().stream().noneMatch(tags::contains)) {
            return false;
        }
        if (!elements.isEmpty() && !(elements.contains(ElementFilter.NOTHING) && row.addresses().isEmpty())
                && row.addresses().stream().noneMatch(elements::contains)) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && !row.haystack().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Puts a library clause into the draft after the clause selected in the outline (at the end of the selected
     * part or section; at the end of the draft when nothing is selected there), then selects it so that the
     * editor and the outline show it. One undo step, "Add to draft". Returns whether it was added.
     */
    public boolean addToDraft(String clauseId) {
        Outline outline = document.project().outline();
        if (outline.parts().isEmpty() || outline.contains(clauseId)) {
            return false;
        }
        if (!document.execute(new MoveClause(clauseId, slotAfterOutlineSelection(outline), "command.addToDraft"))) {
            return false;
        }
        // the outline, rebuilt for the new clause, selects its own row again: the new clause is what to show
        document.selectedClauseIdProperty().set(clauseId);
        return true;
    }

    private ClauseSlot slotAfterOutlineSelection(Outline outline) {
        OutlineRow row = outlineSelection.getValue();
        Optional<ClauseSlot> slot = Optional.empty();
        if (row != null && row.kind() == OutlineRow.Kind.CLAUSE) {
            slot = OutlineEdits.slotOf(outline, row.id()).map(s -> s.at(s.index() + 1));
        } else if (row != null && row.kind() == OutlineRow.Kind.SECTION) {
            slot = OutlineEdits.sectionPlace(outline, row.id())
                    .map(p -> new ClauseSlot(p.part().id(), row.id(), p.section().clauseIds().size()));
        } else if (row != null && row.kind() == OutlineRow.Kind.PART) {
            slot = outline.part(row.id()).map(p -> new ClauseSlot(p.id(), null, p.items().size()));
        }
        Part last = outline.parts().get(outline.parts().size() - 1);
        return slot.orElse(new ClauseSlot(last.id(), null, last.items().size()));
    }

    /** Copies a clause into the library as an alternative wording; returns the copy's id. */
    public Optional<String> duplicate(String clauseId) {
        Project project = document.project();
        String heading = project.clause(clauseId).map(Clause::heading).orElse("");
        String newId = Ids.unique("c-", heading, project.clauses().keySet());
        return document.execute(new DuplicateClause(clauseId, newId)) ? Optional.of(newId) : Optional.empty();
    }

    /** False while the library is not on screen: it then catches up when shown, not on every keystroke. */
    public javafx.beans.property.BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableSet<String> categories() {
        return categories;
    }

    public ObservableSet<String> tags() {
        return tags;
    }

    public ObservableSet<ClauseStatus> statuses() {
        return statuses;
    }

    /**
     * The ticked framework elements (by {@link org.clausewright.model.Address#key()}, or
     * {@link ElementFilter#NOTHING}): a clause shows when it addresses one of them.
     */
    public ObservableSet<String> elements() {
        return elements;
    }

    /** "Addresses no framework element", then every element of the project's frameworks, its gaps marked. */
    public ReadOnlyObjectProperty<List<ElementFilter>> allElementsProperty() {
        return allElements.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<LibraryRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> allCategoriesProperty() {
        return allCategories.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> allTagsProperty() {
        return allTags.getReadOnlyProperty();
    }

    private record Cached(Clause clause, LibraryRow row) {
    }
}
