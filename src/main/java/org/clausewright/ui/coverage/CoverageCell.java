package org.clausewright.ui.coverage;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.clausewright.model.CoverageState;
import org.clausewright.model.Extent;
import org.clausewright.ui.Messages;
import org.clausewright.ui.NumberedLine;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An element says its state in a word and an icon, never by colour alone ("✓ covered", "◐ partly covered",
 * "⚠ gap"), before its number and title; its summary is the tooltip. A clause under it reads "1.2 Heading". Numbers
 * and titles are separate labels ({@link NumberedLine}): the number begins the line in an Arabic window too.
 */
final class CoverageCell extends TreeCell<CoverageItem> {
    private final Messages messages;

    CoverageCell(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void updateItem(CoverageItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("coverage-element", "coverage-clause", "coverage-none");
        setText(null);
        setTooltip(null);
        setGraphic(null);
        setAccessibleText(null);
        if (empty || item == null) {
            return;
        }
        if (item.isElement()) {
            getStyleClass().add("coverage-element");
            CoverageRow row = item.element();
            Label state = new Label(messages.get("coverage." + row.state().key()),
                    icon(row.state()));
            state.getStyleClass().addAll("coverage-state", "coverage-" + row.state().key());
            state.setMinWidth(Region.USE_PREF_SIZE);
            NumberedLine title = new NumberedLine("coverage-title");
            title.show(row.number(), row.title());
            HBox.setHgrow(title, Priority.ALWAYS);
            HBox line = new HBox(10, state, title);
            setAccessibleText(state.getText() + " " + title.text());
            line.setFillHeight(false);
            setGraphic(line);
            if (!row.summary().isBlank()) {
                Tooltip tip = new Tooltip(row.summary());
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                setTooltip(tip);
            }
        } else if (item.clause() != null) {
            getStyleClass().add("coverage-clause");
            CoverageRow.ClauseLink c = item.clause();
            NumberedLine line = new NumberedLine(null);
            line.show(c.number(), c.extent() == Extent.PARTIAL
                    ? messages.format("coverage.heading.partial", c.heading()) : c.heading());
            setAccessibleText(line.text());
            setGraphic(line);
        } else {
            getStyleClass().add("coverage-none");
            setText(messages.get("coverage.noClause"));
        }
    }

    private static FontIcon icon(CoverageState state) {
        FontIcon icon = new FontIcon(switch (state) {
            case COVERED -> "mdi2c-check-circle";
            case PARTLY -> "mdi2c-circle-half-full";
            case GAP -> "mdi2a-alert-circle-outline";
        });
        icon.setIconSize(16);
        icon.getStyleClass().addAll("app-icon", "coverage-icon");
        return icon;
    }
}
