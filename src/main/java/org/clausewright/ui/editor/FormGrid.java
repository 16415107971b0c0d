package org.clausewright.ui.editor;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;

/**
 * A form of labels (column 0) and values (column 1) whose first {@code keptRows} rows keep the height their values
 * need at the width they are given, when the form is shorter than it would like; the rows below give up height.
 *
 * <p>Why: a GridPane with less height than it prefers shrinks its rows down to minimums it measures as if each cell
 * had all the width it wanted. A value that wraps (the list of chosen sources, the addressed elements) is one line
 * at that width but three at the form's, so its row was squeezed and drawn over its neighbours (seen in Russian,
 * whose longer labels leave the values less width). Here each kept row's minimum is set, before every layout, to
 * what its cells need at the value column's real width.
 */
final class FormGrid extends GridPane {
    private final int keptRows;

    FormGrid(int keptRows) {
        this.keptRows = keptRows;
        for (int i = 0; i < keptRows; i++) {
            getRowConstraints().add(new RowConstraints());
        }
    }

    @Override
    protected void layoutChildren() {
        double labels = 0;
        for (Node child : getManagedChildren()) {
            if (column(child) == 0) {
                labels = Math.max(labels, child.prefWidth(-1));
            }
        }
        Insets in = getInsets();
        double values = getWidth() - in.getLeft() - in.getRight() - getHgap() - labels;
        double[] need = new double[keptRows];
        for (Node child : getManagedChildren()) {
            int row = row(child);
            if (row < keptRows) {
                double width = column(child) == 0 ? labels : values;
                boolean wraps = child.getContentBias() == Orientation.HORIZONTAL && width > 0;
                need[row] = Math.max(need[row], child.minHeight(wraps ? width : -1));
            }
        }
        for (int i = 0; i < keptRows; i++) {
            // the same value again changes nothing and asks for no new layout
            getRowConstraints().get(i).setMinHeight(snapSizeY(need[i]));
        }
        super.layoutChildren();
    }

    private static int column(Node n) {
        Integer column = GridPane.getColumnIndex(n);
        return column == null ? 0 : column;
    }

    private static int row(Node n) {
        Integer row = GridPane.getRowIndex(n);
        return row == null ? 0 : row;
    }
}
