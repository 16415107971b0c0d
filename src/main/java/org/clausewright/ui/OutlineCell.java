package org.clausewright.ui;

import javafx.scene.control.TreeCell;
import org.clausewright.ui.outline.OutlineRow;

/** "Part 3  Responsible conduct", "3.2  Reporting", "3.2.1  Duty to report". */
final class OutlineCell extends TreeCell<OutlineRow> {
    @Override
    protected void updateItem(OutlineRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("outline-part", "outline-section", "outline-clause");
        if (empty || row == null) {
            setText(null);
            return;
        }
        setText(row.number() + "  " + row.title());
        getStyleClass().add("outline-" + row.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
}
