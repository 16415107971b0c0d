package org.clausewright.ui.outline;

import javafx.event.EventHandler;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.clausewright.ui.ProjectViewModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The draft's tree. Its rows come from {@link OutlineViewModel}; keys and drags become
 * {@link OutlineEditing} calls. The tree is rebuilt when the rows change and the selection is kept by id.
 */
public final class OutlineView {
    private final TreeView<OutlineRow> tree = new TreeView<>();
    private final OutlineViewModel outline;
    private final OutlineEditing editing;
    private final ProjectViewModel document;
    private boolean rebuilding;
    private final List<OutlineCell> cells = new ArrayList<>();
    // A TreeItem's new value makes JavaFX's tree skin rebuild every visible cell and lay the outline out; a row
    // changed in place (a heading typed, a thread opened) is shown again by the one cell showing it instead.
    private final EventHandler<TreeItem.TreeModificationEvent<OutlineRow>> rowChangedInPlace = e -> {
        if (rebuilding) {
            e.consume();
        }
    };

    public OutlineView(ProjectViewModel document, OutlineViewModel outline, OutlineEditing editing) {
        this.document = document;
        this.outline = outline;
        this.editing = editing;
        tree.setId("outline");
        tree.setShowRoot(false);
        tree.setEditable(!document.isReadOnly());
        tree.setCellFactory(t -> {
            OutlineCell cell = new OutlineCell(editing, document.messages(), outline);
            cells.add(cell);
            return cell;
        });
        outline.colourByStatusProperty().addListener((obs, old, on) -> tree.refresh());
        outline.translationMarksProperty().addListener((obs, old, marks) -> tree.refresh());
        tree.setOnEditCommit(e -> editing.rename(e.getTreeItem().getValue(), e.getNewValue().title()));
        outline.partsProperty().addListener((obs, old, parts) -> rebuild(parts));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuilding) {
                OutlineRow row = item == null ? null : item.getValue();
                outline.selectedProperty().set(row);
                document.selectedClauseIdProperty().set(row == null ? null : row.clauseId());
            }
        });
        document.selectedClauseIdProperty().addListener((obs, old, id) -> {
            if (id != null && !rebuilding) {
                select(id);
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        rebuild(outline.partsProperty().get());
    }

    public TreeView<OutlineRow> node() {
        return tree;
    }

    /** Selects the row of a clause, part or section id. */
    public void select(String id) {
        TreeItem<OutlineRow> item = find(tree.getRoot(), id);
        if (item != null && item != tree.getSelectionModel().getSelectedItem()) {
            tree.getSelectionModel().select(item);
            tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
        }
    }

    private void onKey(KeyEvent e) {
        if (document.isReadOnly() || tree.getEditingItem() != null) {
            return;
        }
        OutlineRow row = outline.selectedProperty().get();
        boolean handled = true;
        if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            editing.moveUp(row);
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            editing.moveDown(row);
        } else if ((e.isAltDown() && e.getCode() == KeyCode.RIGHT) || (e.getCode() == KeyCode.TAB && !e.isShiftDown())) {
            editing.indent(row);
        } else if ((e.isAltDown() && e.getCode() == KeyCode.LEFT) || (e.getCode() == KeyCode.TAB && e.isShiftDown())) {
            editing.outdent(row);
        } else if (e.getCode() == KeyCode.DELETE) {
            editing.delete(row);
        } else if (e.getCode() == KeyCode.F2 && tree.getSelectionModel().getSelectedItem() != null) {
            tree.edit(tree.getSelectionModel().getSelectedItem());
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void rebuild(List<OutlineNode> parts) {
        // a renamed clause or a new thread changes a row, not the tree's shape: update the rows in place
        if (tree.getRoot() != null && sameShape(tree.getRoot().getChildren(), parts)) {
            List<TreeItem<OutlineRow>> changed = new ArrayList<>();
            rebuilding = true;
            try {
                update(tree.getRoot().getChildren(), parts, changed);
            } finally {
                rebuilding = false;
            }
            for (OutlineCell cell : cells) {
                if (cell.getIndex() >= 0 && changed.contains(cell.getTreeItem())) {
                    cell.showAgain();
                }
            }
            return;
        }
        OutlineRow selected = outline.selectedProperty().get();
        int selectedRow = tree.getSelectionModel().getSelectedIndex();
        rebuilding = true;
        try {
            TreeItem<OutlineRow> root = new TreeItem<>();
            parts.forEach(p -> {
                TreeItem<OutlineRow> part = itemOf(p);
                // events from the rows below a part bubble through it on their way to the root
                part.addEventHandler(TreeItem.valueChangedEvent(), rowChangedInPlace);
                root.getChildren().add(part);
            });
            tree.setRoot(root);
        } finally {
            rebuilding = false;
        }
        if (selected == null) {
            return;
        }
        TreeItem<OutlineRow> item = find(tree.getRoot(), selected.id());
        if (item != null) {
            tree.getSelectionModel().select(item);
        } else if (selectedRow >= 0 && tree.getExpandedItemCount() > 0) {
            // the selected row went (undo of an added clause, a deletion): the row that was above it, where the
            // member was before, takes the selection rather than nothing
            item = tree.getTreeItem(Math.min(Math.max(selectedRow - 1, 0), tree.getExpandedItemCount() - 1));
            tree.getSelectionModel().select(item);
            tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
        }
    }

    private static boolean sameShape(List<TreeItem<OutlineRow>> items, List<OutlineNode> nodes) {
        if (items.size() != nodes.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            OutlineRow row = items.get(i).getValue();
            OutlineRow next = nodes.get(i).row();
            if (!row.id().equals(next.id()) || !row.number().equals(next.number())
                    || !sameShape(items.get(i).getChildren(), nodes.get(i).children())) {
                return false;
            }
        }
        return true;
    }

    private static void update(List<TreeItem<OutlineRow>> items, List<OutlineNode> nodes,
                               List<TreeItem<OutlineRow>> changed) {
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).getValue().equals(nodes.get(i).row())) {
                items.get(i).setValue(nodes.get(i).row());
                changed.add(items.get(i));
            }
            update(items.get(i).getChildren(), nodes.get(i).children(), changed);
        }
    }

    private static TreeItem<OutlineRow> itemOf(OutlineNode node) {
        TreeItem<OutlineRow> item = new TreeItem<>(node.row());
        item.setExpanded(true);
        node.children().forEach(c -> item.getChildren().add(itemOf(c)));
        return item;
    }

    private static TreeItem<OutlineRow> find(TreeItem<OutlineRow> item, String id) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().id().equals(id)) {
            return item;
        }
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            TreeItem<OutlineRow> found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
