package org.clausewright.ui.library;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.function.Function;

/**
 * Keeps a table column as wide as its widest value or its title ("agreed in working group", "adoptée ad
 * referendum"), measured in the font its cells are drawn with once styled: these few words are never cut, in
 * any language, and the rest of the table's width goes to the columns that wrap.
 */
final class FittedColumn<S> {
    /** The header's sort arrow beside its title, once the column is sorted. */
    private static final double SORT_ARROW = 12;
    private final TableColumn<S, String> column;
    private final ObservableList<S> items;
    private final Function<S, String> value;
    private Font measuredIn;
    private double measuredPadding = -1;

    private FittedColumn(TableColumn<S, String> column, ObservableList<S> items, Function<S, String> value) {
        this.column = column;
        this.items = items;
        this.value = value;
    }

    static <S> void fit(TableColumn<S, String> column, ObservableList<S> items, Function<S, String> value) {
        FittedColumn<S> fitted = new FittedColumn<>(column, items, value);
        // other rows (a filter, an edit) may bring a longer value: measured again at the next cell drawn
        items.addListener((ListChangeListener<S>) c -> fitted.measuredIn = null);
        column.setCellFactory(c -> fitted.new Cell());
    }

    private void measure(TableCell<S, String> cell) {
        Font font = cell.getFont();
        double padding = cell.snappedLeftInset() + cell.snappedRightInset();
        // measured again once the cell is styled: its font and padding come from the stylesheet
        if (font.equals(measuredIn) && padding == measuredPadding) {
            return;
        }
        measuredIn = font;
        measuredPadding = padding;
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String text : java.util.stream.Stream.concat(java.util.stream.Stream.of(column.getText()),
                items.stream().map(value)).distinct().toList()) {
            probe.setText(text);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        // and a pixel for rounding, and room for the header's sort arrow
        double width = Math.ceil(widest + padding) + 1 + SORT_ARROW;
        column.setMinWidth(width);
        column.setMaxWidth(width);
        TableView<S> table = column.getTableView();
        if (table != null) {
            // the columns are shared out again with this one's new minimum, as when the table is resized
            table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
        }
    }

    private final class Cell extends TableCell<S, String> {
        Cell() {
            // the stylesheet sets the font and padding after the first cells are filled
            fontProperty().addListener((obs, old, font) -> remeasure());
            paddingProperty().addListener((obs, old, padding) -> remeasure());
        }

        private void remeasure() {
            if (!isEmpty() && getItem() != null) {
                measure(this);
            }
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            if (!empty && item != null) {
                measure(this);
            }
        }
    }
}
