package org.clausewright.ui.library;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

import java.util.function.Function;

/**
 * A library row's heading with its category on a second line beneath it, both wrapped to the column's width:
 * at 1440 × 900 a heading and a category in columns of their own were both cut ("Respect for life …", "et…").
 * Wrapped texts rather than labels ({@link WrappedText}), because a row is as tall as its cells' heights without
 * a width, and only the wrapped text gives the height at the column's width.
 */
final class HeadingCell extends TableCell<LibraryRow, LibraryRow> {
    private static final double SMALLER = 0.9;
    private final Function<LibraryRow, String> headingText;
    private final WrappedText heading;
    private final WrappedText category;
    private final VBox box;

    HeadingCell(TableColumn<LibraryRow, LibraryRow> column, Function<LibraryRow, String> headingText) {
        this.headingText = headingText;
        var width = Bindings.createDoubleBinding(() -> Math.max(24, column.getWidth() - snappedLeftInset()
                - snappedRightInset() - 1), column.widthProperty(), paddingProperty());
        // the theme's colour and font for a cell, selected or not, in either theme
        heading = new WrappedText(width, fontProperty(), textFillProperty());
        category = new WrappedText(width, Bindings.createObjectBinding(() -> Font.font(getFont().getFamily(),
                getFont().getSize() * SMALLER), fontProperty()), textFillProperty());
        heading.getStyleClass().add("library-heading");
        category.getStyleClass().add("library-category");
        category.setOpacity(0.8);
        box = new VBox(1, heading, category);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(LibraryRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        heading.setText(headingText.apply(row));
        category.setText(row.categoryName());
        boolean hasCategory = !row.categoryName().isEmpty();
        category.setVisible(hasCategory);
        category.setManaged(hasCategory);
        setGraphic(box);
    }
}
