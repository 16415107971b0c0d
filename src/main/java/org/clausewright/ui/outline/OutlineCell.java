package org.clausewright.ui.outline;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clausewright.ui.Messages;
import org.clausewright.ui.NumberedLine;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * "3.2.1  Duty to report   agreed  ●2": number, heading, status and open threads. Renames in place (F2),
 * and is both a drag source and a drop target (any row can be dragged): the top quarter drops before, the
 * bottom quarter after, the middle of a part or section drops into it.
 */
final class OutlineCell extends TreeCell<OutlineRow> {
    private static final Map<OutlineRow.Kind, PseudoClass> KINDS = new EnumMap<>(OutlineRow.Kind.class);

    static {
        for (OutlineRow.Kind k : OutlineRow.Kind.values()) {
            KINDS.put(k, PseudoClass.getPseudoClass("outline-" + k.name().toLowerCase(Locale.ROOT)));
        }
    }

    private final OutlineEditing editing;
    private final Messages messages;
    private final OutlineViewModel outline;
    // the number and the heading as two labels, so that the number begins the line in an Arabic window too
    private final NumberedLine heading = new NumberedLine("outline-heading");
    private final NumberedLine partLine = new NumberedLine(null);
    private final Label status = new Label();
    private final Label threads = new Label();
    private final Label translation = new Label();
    private final VBox clause;
    private TextField editor;
    private Tooltip legend;
    // The row's kind, status colour and translation state are pseudo-classes, not style classes: JavaFX's
    // VirtualFlow measures rows with one hidden cell it fills with row after row, and a style class changed on
    // that cell makes the next pulse apply its CSS afresh, which lays out the whole outline again (and measures
    // two more rows, and so on: one layout of the 2,000-row outline in every pulse). A pseudo-class switched back
    // and forth reuses the values CSS calculated for it. See docs/decisions/typing-with-detached-threads.md.
    private final OneOf kind = new OneOf(this);
    private final OneOf colour = new OneOf(this);
    private final OneOf translationState;

    OutlineCell(OutlineEditing editing, Messages messages, OutlineViewModel outline) {
        this.editing = editing;
        this.messages = messages;
        this.outline = outline;
        // a row is as wide as the outline, never wider: long headings wrap instead of being cut off, and the
        // status and thread count sit on their own line below the heading, always in full
        setPrefWidth(0);
        setWrapText(true);
        status.getStyleClass().add("outline-status");
        threads.getStyleClass().add("outline-threads");
        translation.getStyleClass().add("outline-translation");
        status.setMinWidth(Region.USE_PREF_SIZE);
        threads.setMinWidth(Region.USE_PREF_SIZE);
        translation.setMinWidth(Region.USE_PREF_SIZE);
        translationState = new OneOf(translation);
        clause = new VBox(1, heading, new HBox(8, status, threads, translation));
        setOnDragDetected(e -> {
            OutlineRow row = getItem();
            if (row == null || !getTreeView().isEditable()) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(DragPayload.of(row.kind(), row.id()));
            board.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            DragPayload payload = DragPayload.parse(e.getDragboard().getString());
            if (payload != null && getItem() != null
                    && editing.canDrop(payload.kind(), payload.id(), getItem(), where(e))) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            DragPayload payload = DragPayload.parse(e.getDragboard().getString());
            boolean done = payload != null && getItem() != null
                    && editing.drop(payload.kind(), payload.id(), getItem(), where(e));
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private OutlineEditing.Drop where(DragEvent e) {
        double h = Math.max(1, getHeight());
        double y = e.getY() / h;
        boolean container = getItem().kind() != OutlineRow.Kind.CLAUSE;
        if (y < 0.25 || (!container && y < 0.5)) {
            return OutlineEditing.Drop.BEFORE;
        }
        if (y > 0.75 || !container) {
            return OutlineEditing.Drop.AFTER;
        }
        return OutlineEditing.Drop.INTO;
    }

    @Override
    protected void updateItem(OutlineRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            kind.set(null);
            colour.set(null);
            setTooltip(null);
            setAccessibleText(null);
            setText(null);
            setGraphic(null);
            return;
        }
        kind.set(KINDS.get(row.kind()));
        if (isEditing()) {
            return;
        }
        if (row.kind() == OutlineRow.Kind.CLAUSE) {
            heading.show(row.number(), row.title());
            setAccessibleText(heading.text());
            status.setText(row.status());
            threads.setText(row.openThreads() > 0 ? messages.format("outline.openThreads", row.openThreads()) : "");
            threads.setVisible(row.openThreads() > 0);
            markTranslation(row.clauseId());
            boolean colours = outline.colourByStatusProperty().get();
            colour.set(colours ? outline.statusOf(row.clauseId()).map(StatusColours::of).orElse(null) : null);
            setTooltip(colours ? legend() : null);
            setText(null);
            setGraphic(clause);
        } else {
            colour.set(null);
            setTooltip(null);
            partLine.show(row.number(), row.title());
            setAccessibleText(partLine.text());
            setText(null);
            setGraphic(partLine);
        }
    }

    /**
     * Shows its tree item's new value. The tree's own way, a value event, rebuilds every visible cell; and
     * {@code updateIndex} with the same index compares the item's value with itself and does nothing.
     */
    void showAgain() {
        if (getTreeItem() != null && !isEditing()) {
            updateItem(getTreeItem().getValue(), false);
        }
    }

    private Tooltip legend() {
        if (legend == null) {
            legend = new Tooltip(messages.get("outline.colourLegend"));
        }
        return legend;
    }

    /** "FR outdated" on a clause whose French translation is outdated, with since which version in its tooltip. */
    private void markTranslation(String clauseId) {
        TranslationMarks marks = outline.translationMarksProperty().get();
        java.util.Optional<org.clausewright.model.TranslationState> state = marks.stateOf(clauseId);
        translation.setVisible(state.isPresent());
        translation.setManaged(state.isPresent());
        if (state.isEmpty()) {
            translationState.set(null);
            translation.setText("");
            translation.setTooltip(null);
            return;
        }
        String key = state.get().key();
        translation.setText(messages.format("outline.translation", marks.language().toUpperCase(Locale.ROOT),
                messages.get("translation.state." + key)));
        translationState.set(PseudoClass.getPseudoClass("translation-" + key));
        String tip = marks.sinceOf(clauseId)
                .map(v -> messages.format("outline.translation.since", marks.name(), v))
                .orElseGet(() -> messages.format("outline.translation." + key, marks.name()));
        translation.setTooltip(new Tooltip(tip));
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing() || getItem() == null) {
            return;
        }
        editor = new TextField(getItem().title());
        editor.setId("outline-rename");
        editor.setOnAction(e -> commitEdit(renamed(editor.getText())));
        editor.setOnKeyReleased(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                cancelEdit();
            }
        });
        HBox box = new HBox(editor);
        HBox.setHgrow(editor, Priority.ALWAYS);
        editor.setMaxWidth(Region.USE_COMPUTED_SIZE);
        setText(null);
        setGraphic(box);
        editor.selectAll();
        editor.requestFocus();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        updateItem(getItem(), getItem() == null);
    }

    private OutlineRow renamed(String title) {
        OutlineRow r = getItem();
        return new OutlineRow(r.kind(), r.id(), r.number(), title, r.clauseId(), r.status(), r.openThreads());
    }
}
