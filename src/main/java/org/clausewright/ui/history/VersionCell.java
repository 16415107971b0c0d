package org.clausewright.ui.history;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;
import org.clausewright.history.Version;
import org.clausewright.ui.CardCell;
import org.clausewright.ui.Isolated;
import org.clausewright.ui.Messages;
import org.clausewright.ui.OwnDirection;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.format.DateTimeFormatter;

/**
 * A version as a card: its label (with "Checkpoint" before an automatic one, "Merge" before one that joined
 * another line of work), who recorded it and when, its
 * message, and its milestones, flagged. Its context menu marks or unmarks milestones.
 */
final class VersionCell extends CardCell<Version> {
    private final HistoryViewModel model;
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final boolean readOnly;

    VersionCell(HistoryViewModel model, Messages messages, DateTimeFormatter dates, boolean readOnly) {
        this.model = model;
        this.messages = messages;
        this.dates = dates;
        this.readOnly = readOnly;
    }

    @Override
    protected VBox card(Version version) {
        String mark = version.checkpoint() ? messages.get("history.checkpoint") + " · "
                : version.merge() ? messages.get("history.merge") + " · " : "";
        VBox card = new VBox(label(mark + VersionNames.shown(messages, version, model::clauseName), "version-label"),
                line(Isolated.of(version.author()) + " · " + Isolated.of(dates.format(version.time())),
                        "version-meta"));
        if (!version.message().isBlank() && !VersionNames.saysItAll(version)) {
            // the member's own words, in their own direction: an English message reads left to right in Arabic
            card.getChildren().add(OwnDirection.apply(label(version.message(), null)));
        }
        for (String line : VersionNames.mergeLines(messages, version, model::clauseName)) {
            card.getChildren().add(label(line, null));
        }
        for (String milestone : version.milestones()) {
            javafx.scene.control.Label flag = label(messages.format("history.milestone.shown", milestone),
                    "version-milestone");
            FontIcon icon = new FontIcon("mdi2f-flag");
            icon.getStyleClass().add("version-milestone-icon");
            flag.setGraphic(icon);
            card.getChildren().add(flag);
        }
        if (version.checkpoint()) {
            card.getStyleClass().add("version-checkpoint");
        }
        setContextMenu(readOnly ? null : menu(version));
        return card;
    }

    private ContextMenu menu(Version version) {
        MenuItem mark = new MenuItem(messages.get("history.milestone.mark"));
        mark.setOnAction(e -> model.markMilestone(version));
        ContextMenu menu = new ContextMenu(mark);
        if (!version.milestones().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        for (String milestone : version.milestones()) {
            MenuItem unmark = new MenuItem(messages.format("history.milestone.unmarkNamed", milestone));
            unmark.setOnAction(e -> model.unmarkMilestone(version, milestone));
            menu.getItems().add(unmark);
        }
        return menu;
    }
}
