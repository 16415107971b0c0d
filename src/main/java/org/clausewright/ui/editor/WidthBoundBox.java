package org.clausewright.ui.editor;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A column of wrapping lines in a grid cell that tells the grid the height it needs at the width it was given.
 * A GridPane asks a cell spanning several columns for its height without a width, and wrapped labels answer with
 * one line each: the Details' addressed elements ran under the Tags field. Once laid out, this box answers for
 * its own width, and asks the grid again whenever that width changes.
 */
final class WidthBoundBox extends VBox {
    WidthBoundBox(double spacing, Node... children) {
        super(spacing, children);
        widthProperty().addListener((o, old, width) -> {
            if (getParent() != null) {
                getParent().requestLayout();
            }
        });
    }

    @Override
    public Orientation getContentBias() {
        return null;
    }

    @Override
    protected double computeMinHeight(double width) {
        return super.computeMinHeight(atOwnWidth(width));
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(atOwnWidth(width));
    }

    private double atOwnWidth(double width) {
        return width < 0 && getWidth() > 0 ? getWidth() : width;
    }
}
