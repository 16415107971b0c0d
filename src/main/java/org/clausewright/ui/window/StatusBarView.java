package org.clausewright.ui.window;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.coverage.CoverageGaps;
import org.clausewright.ui.sync.SyncViewModel;
import org.controlsfx.control.StatusBar;

/**
 * Project path on the left; framework gaps, member, saved or not, the counts and any unplaced comments on the right.
 */
final class StatusBarView {
    /** The bar's background in the theme's colours, in place of ControlsFX's (see the stylesheet). */
    private static final String STYLESHEET = StatusBarView.class.getResource("status-bar.css").toExternalForm();

    private StatusBarView() {
    }

    static StatusBar of(ProjectViewModel document, javafx.beans.value.ObservableIntegerValue unplaced,
                        SyncViewModel sync, CoverageGaps gaps, Runnable showCoverage,
                        javafx.beans.value.ObservableStringValue translations) {
        Messages messages = document.messages();
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.getStylesheets().add(STYLESHEET);
        bar.setText(document.session().dir().toString());
        // while a sync runs, the bar shows its step and how far it is, with a Cancel beside it
        String path = document.session().dir().toString();
        bar.textProperty().bind(Bindings.when(sync.runningProperty()).then(sync.statusProperty()).otherwise(path));
        bar.progressProperty().bind(Bindings.when(sync.runningProperty()).then(sync.progressProperty())
                .otherwise(0.0));
        javafx.scene.control.Button cancel = new javafx.scene.control.Button(messages.get("sync.cancel"));
        cancel.setId("sync-cancel");
        cancel.visibleProperty().bind(sync.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> sync.cancel());
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bar.getLeftItems().add(cancel);
        Label member = new Label(messages.format("status.member", document.member()));
        Label saved = new Label();
        saved.setId("status-saved");
        saved.textProperty().bind(Bindings.when(document.dirtyProperty())
                .then(messages.get("status.unsaved")).otherwise(messages.get("status.saved")));
        if (document.isReadOnly()) {
            saved.textProperty().unbind();
            saved.setText(messages.get("status.readOnly"));
        }
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(document.countsProperty());
        Label unplacedCount = new Label();
        unplacedCount.setId("status-unplaced");
        unplacedCount.getStyleClass().add("status-unplaced");
        unplacedCount.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("status.unplaced", unplaced.get()), unplaced));
        unplacedCount.visibleProperty().bind(Bindings.greaterThan(unplaced, 0));
        unplacedCount.managedProperty().bind(unplacedCount.visibleProperty());
        // "French: 31 current, 1 outdated, 0 missing" while a language version is worked on
        Label translated = new Label();
        translated.setId("status-translations");
        translated.textProperty().bind(translations);
        translated.visibleProperty().bind(Bindings.isNotEmpty(translations));
        translated.managedProperty().bind(translated.visibleProperty());
        Separator beforeTranslated = new Separator(javafx.geometry.Orientation.VERTICAL);
        beforeTranslated.visibleProperty().bind(translated.visibleProperty());
        beforeTranslated.managedProperty().bind(translated.visibleProperty());
        Label frozen = new Label(messages.get("status.frozen"));
        frozen.setId("status-frozen");
        frozen.visibleProperty().bind(Bindings.createBooleanBinding(() -> document.project() != null
                && document.project().outline().isFrozen(), document.projectProperty()));
        frozen.managedProperty().bind(frozen.visibleProperty());
        // the status bar lays its items side by side with no gap: separators of their own, shown with them
        Separator afterFrozen = new Separator(javafx.geometry.Orientation.VERTICAL);
        afterFrozen.visibleProperty().bind(frozen.visibleProperty());
        afterFrozen.managedProperty().bind(frozen.visibleProperty());
        Separator beforeUnplaced = new Separator(javafx.geometry.Orientation.VERTICAL);
        beforeUnplaced.visibleProperty().bind(unplacedCount.visibleProperty());
        beforeUnplaced.managedProperty().bind(unplacedCount.visibleProperty());
        // the framework elements no clause answers yet; a click shows them in the coverage window
        javafx.scene.control.Hyperlink gapLine = new javafx.scene.control.Hyperlink();
        gapLine.setId("status-gaps");
        gapLine.getStyleClass().add("status-gaps");
        gapLine.textProperty().bind(gaps.textProperty());
        // while a sync runs its step has the room: "2 versions to receive (by …), 1 to send" was cut, Cancel "…"
        gapLine.visibleProperty().bind(gaps.textProperty().isNotEmpty().and(sync.runningProperty().not()));
        gapLine.managedProperty().bind(gapLine.visibleProperty());
        gapLine.setOnAction(e -> showCoverage.run());
        Separator afterGaps = new Separator(javafx.geometry.Orientation.VERTICAL);
        afterGaps.visibleProperty().bind(gapLine.visibleProperty());
        afterGaps.managedProperty().bind(gapLine.visibleProperty());
        bar.getRightItems().addAll(gapLine, afterGaps, frozen, afterFrozen, member,
                new Separator(javafx.geometry.Orientation.VERTICAL), saved,
                new Separator(javafx.geometry.Orientation.VERTICAL), counts, beforeTranslated, translated,
                beforeUnplaced, unplacedCount);
        // the items say short things that are read whole; when the bar is short of room the project's path gives way
        for (javafx.scene.Node item : bar.getRightItems()) {
            if (item instanceof javafx.scene.layout.Region region) {
                region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        return bar;
    }
}
