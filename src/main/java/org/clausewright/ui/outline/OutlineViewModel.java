package org.clausewright.ui.outline;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Numbering;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;
import org.clausewright.ui.ChangedClauses;
import org.clausewright.ui.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The outline as rows with their live numbers, and the row selected in it. The rows are rebuilt only when
 * what they show changed, so typing in a clause does not rebuild the tree. Holds no nodes.
 */
public final class OutlineViewModel {
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<OutlineNode>> parts = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<OutlineRow> selected = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty colourByStatus =
            new javafx.beans.property.SimpleBooleanProperty();
    private final ObjectProperty<TranslationMarks> translationMarks = new SimpleObjectProperty<>(TranslationMarks.NONE);
    private final ReadOnlyStringWrapper selectedHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper("");
    private Project project;
    private org.clausewright.model.Outline numberedOutline;
    private Numbering numbering;
    private final java.util.Map<String, CachedRow> rows = new java.util.HashMap<>();
    private boolean rowsChanged;

    public OutlineViewModel(Messages messages) {
        this.messages = messages;
        selected.addListener((obs, old, row) -> showSelection(row));
    }

    public void show(Project value) {
        show(value, null, java.util.Optional.empty());
    }

    /**
     * Shows {@code value}, told which clauses changed since {@code from} (the window's document compares two states
     * once for all its panels); the outline compares them itself when it last showed another state.
     */
    public void show(Project value, Project from, java.util.Optional<java.util.Set<String>> changedSince) {
        Project before = project;
        this.project = value;
        java.util.Optional<java.util.Set<String>> changed = from != null && from == before ? changedSince
                : ChangedClauses.between(before, value);
        if (value.outline() == numberedOutline && rowsUnchanged(changed, value)) {
            // typing in a clause: its row reads the same, and no other clause changed
            showSelection(selected.get());
            return;
        }
        rowsChanged = value.outline() != numberedOutline;
        if (rowsChanged) {
            numberedOutline = value.outline();
            numbering = numberedOutline.numbering();
            rows.clear();
        }
        List<OutlineNode> nodes = new ArrayList<>();
        for (Part part : value.outline().parts()) {
            List<OutlineNode> children = new ArrayList<>();
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    children.add(new OutlineNode(clauseRow(ref.clauseId(), numbering), List.of()));
                } else if (item instanceof Section section) {
                    List<OutlineNode> clauses = section.clauseIds().stream()
                            .map(id -> new OutlineNode(clauseRow(id, numbering), List.of())).toList();
                    String number = numbering.ofSection(section.id()).map(Object::toString).orElse("");
                    children.add(new OutlineNode(new OutlineRow(OutlineRow.Kind.SECTION, section.id(), number,
                            section.title(), null, ""), clauses));
                }
            }
            String number = messages.format("outline.part", numbering.ofPart(part.id()).orElseThrow().toString());
            nodes.add(new OutlineNode(new OutlineRow(OutlineRow.Kind.PART, part.id(), number, part.title(), null, ""),
                    children));
        }
        // typing in a clause changes no row: the tree is left alone
        if (rowsChanged) {
            parts.set(List.copyOf(nodes));
        }
        showSelection(selected.get());
    }

    /** Whether only clauses whose rows read the same changed; those rows' cache entries are brought up to date. */
    private boolean rowsUnchanged(java.util.Optional<java.util.Set<String>> changed, Project value) {
        if (changed.isEmpty()) {
            return false;
        }
        for (String id : changed.get()) {
            CachedRow cached = rows.get(id);
            if (cached == null && numbering.of(id).isEmpty()) {
                continue; // a library clause: no row
            }
            Clause clause = value.clause(id).orElse(null);
            OutlineRow row = cached == null ? null : newClauseRow(id, clause, numbering);
            if (row == null || !row.equals(cached.row)) {
                return false;
            }
            rows.put(id, new CachedRow(clause, value.threadsOf(id), row));
        }
        return true;
    }

    private OutlineRow clauseRow(String clauseId, Numbering numbering) {
        Clause clause = project.clause(clauseId).orElse(null);
        List<org.clausewright.model.AnnotationThread> threads = project.threadsOf(clauseId);
        CachedRow cached = rows.get(clauseId);
        if (cached != null && cached.clause == clause && cached.threads == threads) {
            return cached.row;
        }
        OutlineRow row = newClauseRow(clauseId, clause, numbering);
        if (cached == null || !cached.row.equals(row)) {
            rowsChanged = true;
        }
        rows.put(clauseId, new CachedRow(clause, threads, row));
        return row;
    }

    private OutlineRow newClauseRow(String clauseId, Clause clause, Numbering numbering) {
        String heading = clause == null ? messages.format("outline.missingClause", clauseId) : clause.heading();
        String status = clause == null ? "" : clause.unknownStatus()
                .orElseGet(() -> messages.get("status." + clause.status().key()));
        int open = (int) project.threadsOf(clauseId).stream().filter(t -> t.isOpen()).count();
        return new OutlineRow(OutlineRow.Kind.CLAUSE, clauseId, numbering.label(clauseId), heading, clauseId, status,
                open);
    }

    private void showSelection(OutlineRow row) {
        Clause clause = row == null || row.clauseId() == null || project == null ? null
                : project.clause(row.clauseId()).orElse(null);
        selectedHeading.set(clause == null ? "" : (row.number() + "  " + clause.heading()).trim());
        selectedText.set(clause == null ? "" : clause.text());
    }

    /** The row showing {@code clauseId} (or a part/section id), if the outline has one. */
    public java.util.Optional<OutlineRow> find(String id) {
        List<OutlineNode> stack = new ArrayList<>(parts.get());
        while (!stack.isEmpty()) {
            OutlineNode node = stack.remove(0);
            if (node.row().id().equals(id)) {
                return java.util.Optional.of(node.row());
            }
            stack.addAll(node.children());
        }
        return java.util.Optional.empty();
    }

    private record CachedRow(Clause clause, List<org.clausewright.model.AnnotationThread> threads, OutlineRow row) {
    }

    /** The parts of the draft, each with its clauses and sections. */
    public ReadOnlyObjectProperty<List<OutlineNode>> partsProperty() {
        return parts.getReadOnlyProperty();
    }

    /** Whether rows are coloured by their clause's status (View ▸ Colour by status): a view, never the data. */
    public javafx.beans.property.BooleanProperty colourByStatusProperty() {
        return colourByStatus;
    }

    /** The status of a clause in the outline, for its row's colour; empty for a missing clause. */
    public java.util.Optional<org.clausewright.model.ClauseStatus> statusOf(String clauseId) {
        return project == null ? java.util.Optional.empty()
                : project.clause(clauseId).map(org.clausewright.model.Clause::status);
    }

    /** The working language's state of each clause, marked on its row; {@link TranslationMarks#NONE} for the source. */
    public ObjectProperty<TranslationMarks> translationMarksProperty() {
        return translationMarks;
    }

    public ObjectProperty<OutlineRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty selectedHeadingProperty() {
        return selectedHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedTextProperty() {
        return selectedText.getReadOnlyProperty();
    }
}
