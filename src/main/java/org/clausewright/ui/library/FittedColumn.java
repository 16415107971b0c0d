package org.clausewright.ui.library;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

import java.util.List;
import java.util.function.Function;

/**
 * Keeps a table column as wide as its widest value or its title ("agreed in working group", "adoptée ad
 * referendum"), measured in the font its cells are drawn with once styled: these few words are never cut, in
 * any language, and the rest of the table's width goes to the columns that wrap. The column keeps its values on
 * one line only while the column that wraps beside it (the heading) is left at least as wide: where it would not be
 * ("adoptée en groupe de travail" beside a heading squeezed to three or four lines in the French Library), the
 * values go onto two lines and the heading has the room; where even that does not fit ("aprobada en el grupo de
 * trabajo" in a 430-pixel tab), the column takes what the other columns leave, never less than its longest word.
 */
final class FittedColumn<S> {
    /** The header's sort arrow beside its title, once the column is sorted. */
    private static final double SORT_ARROW = 12;
    private final TableColumn<S, String> column;
    private final ObservableList<S> items;
    private final Function<S, String> value;
    /** The column that wraps beside this one and is to be left at least as wide as this one on one line. */
    private final TableColumn<S, ?> wrapping;
    private Font measuredIn;
    private double measuredPadding = -1;
    /** The column's width for its widest value on one line, on two lines at most, and for its widest word. */
    private double whole;
    private double twoLines;
    private double word;
    /** Whether the table is to be laid out again after this pulse's layout (see {@link #layOutAgain}). */
    private boolean layoutAsked;

    private FittedColumn(TableColumn<S, String> column, ObservableList<S> items, Function<S, String> value,
            TableColumn<S, ?> wrapping) {
        this.column = column;
        this.items = items;
        this.value = value;
        this.wrapping = wrapping;
    }

    /**
     * Fits {@code column}, already in its table, to its values: the table's resize policy then shares out the
     * columns after this one has taken its width from the table's.
     */
    static <S> void fit(TableColumn<S, String> column, ObservableList<S> items, Function<S, String> value) {
        fit(column, items, value, null);
    }

    /**
     * As {@link #fit(TableColumn, ObservableList, Function)}, the values on one line only while {@code wrapping}
     * (the column whose text wraps, such as the heading) is left at least as wide as this column then is.
     */
    static <S> void fit(TableColumn<S, String> column, ObservableList<S> items, Function<S, String> value,
            TableColumn<S, ?> wrapping) {
        TableView<S> table = java.util.Objects.requireNonNull(column.getTableView(), "a column in its table");
        FittedColumn<S> fitted = new FittedColumn<>(column, items, value, wrapping);
        // other rows (a filter, an edit) may bring a longer value: measured again at the next cell drawn
        items.addListener((ListChangeListener<S>) c -> fitted.measuredIn = null);
        column.setCellFactory(c -> fitted.new Cell());
        Callback<TableView.ResizeFeatures, Boolean> shareOut = table.getColumnResizePolicy();
        table.setColumnResizePolicy(features -> {
            fitted.share(features.getContentWidth());
            return shareOut.call(features);
        });
    }

    /**
     * Takes the whole width of the widest value if the other columns' minimums leave it and the wrapping column is
     * left at least as wide; else just what its values need on two lines, the rest going to the heading; else what
     * the others leave, never less than a word.
     */
    private void share(double contentWidth) {
        TableView<S> table = column.getTableView();
        if (measuredIn == null || table == null || contentWidth <= 0) {
            return;
        }
        double others = table.getVisibleLeafColumns().stream().filter(c -> c != column)
                .mapToDouble(TableColumn::getMinWidth).sum();
        double room = Math.floor(contentWidth - others);
        // the wrapping column has its minimum within the others already: what it needs beyond it to be as wide
        double besideWrapping = wrapping == null ? 0 : Math.max(0, whole - wrapping.getMinWidth());
        double width = room >= whole + besideWrapping ? whole : Math.max(word, Math.min(twoLines, room));
        if (width != column.getMinWidth() || width != column.getMaxWidth()) {
            column.setMinWidth(width);
            column.setMaxWidth(width);
            layOutAgain(table);
        }
    }

    /**
     * Lays the table out once more, after the pass that changed the column's width. The width changes inside a
     * layout pass (the skin runs the resize policy at the end of its own layout; a cell is styled, and measured,
     * while the rows are laid out), and a table asking for layout then is not heard: a parent in the middle of its
     * layout does not pass the request on, so the titles or the rows kept the widths of before (the French Library's
     * titles were not above their cells). Asked after the pass, the request reaches the scene.
     */
    private void layOutAgain(TableView<S> table) {
        if (!layoutAsked) {
            layoutAsked = true;
            javafx.application.Platform.runLater(() -> {
                layoutAsked = false;
                table.requestLayout();
            });
        }
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
        double widestHalf = 0;
        double widestWord = 0;
        for (String text : java.util.stream.Stream.concat(java.util.stream.Stream.of(column.getText()),
                items.stream().map(value)).distinct().toList()) {
            widest = Math.max(widest, width(probe, text));
            String[] words = text.split(" ");
            double half = width(probe, text);
            // the break between words that leaves the longer of the two lines shortest
            for (int i = 1; i < words.length; i++) {
                half = Math.min(half, Math.max(width(probe, String.join(" ", List.of(words).subList(0, i))),
                        width(probe, String.join(" ", List.of(words).subList(i, words.length)))));
            }
            widestHalf = Math.max(widestHalf, half);
            for (String w : words) {
                widestWord = Math.max(widestWord, width(probe, w));
            }
        }
        // and a pixel for rounding, and room for the header's sort arrow
        whole = Math.ceil(widest + padding) + 1 + SORT_ARROW;
        twoLines = Math.ceil(widestHalf + padding) + 1 + SORT_ARROW;
        word = Math.ceil(widestWord + padding) + 1 + SORT_ARROW;
        column.setMinWidth(whole);
        column.setMaxWidth(whole);
        TableView<S> table = column.getTableView();
        if (table != null) {
            // the columns are shared out again with this one's new width, as when the table is resized
            table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
            layOutAgain(table);
        }
    }

    private static double width(Text probe, String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /**
     * A value drawn wrapped to the column's width ({@link WrappedText}): a row is as tall as its cells' heights
     * without a width, and the wrapped text gives the height at the column's width.
     */
    private final class Cell extends TableCell<S, String> {
        private final WrappedText shown;

        Cell() {
            shown = new WrappedText(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(24,
                    column.getWidth() - snappedLeftInset() - snappedRightInset() - 1), column.widthProperty(),
                    paddingProperty()), fontProperty(), textFillProperty());
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
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
                shown.setText(item);
            }
            setGraphic(empty || item == null ? null : shown);
            if (!empty && item != null) {
                measure(this);
            }
        }
    }
}
