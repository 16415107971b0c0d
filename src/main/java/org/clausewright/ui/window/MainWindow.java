package org.clausewright.ui.window;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.app.FrameworkLibrary;
import org.clausewright.ui.coverage.CoverageGaps;
import org.clausewright.ui.coverage.CoverageWindows;
import org.clausewright.ui.editor.ClauseEditorView;
import org.clausewright.ui.editor.ClauseEditorViewModel;
import org.clausewright.ui.editor.TranslationEditorView;
import org.clausewright.ui.editor.TranslationStatusModel;
import org.clausewright.ui.editor.TranslationViewModel;
import org.clausewright.ui.editor.WorkingLanguage;
import org.clausewright.ui.outline.TranslationMarks;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.clausewright.ui.history.HistoryView;
import org.clausewright.ui.history.HistoryViewModel;
import org.clausewright.ui.library.LibraryView;
import org.clausewright.ui.negotiation.NegotiationViewModel;
import org.clausewright.ui.library.LibraryViewModel;
import org.clausewright.ui.outline.OutlineEditing;
import org.clausewright.ui.outline.OutlineView;
import org.clausewright.ui.outline.OutlineViewModel;
import org.clausewright.ui.outside.OutsideChangesViewModel;
import org.clausewright.ui.review.ReviewView;
import org.clausewright.ui.review.ReviewViewModel;
import org.clausewright.ui.review.UnplacedView;
import org.clausewright.ui.review.UnplacedViewModel;
import org.clausewright.ui.sync.BundleSending;
import org.clausewright.ui.sync.SyncDialogs;
import org.clausewright.ui.sync.SyncViewModel;
import javafx.scene.Node;
import javafx.scene.layout.Priority;

import java.time.Instant;
import java.util.List;

/**
 * The editor window's content for one open project: outline, library and history on the left, the
 * clause in the centre, its review on the right, menus and toolbar above, the status bar below.
 */
public final class MainWindow {
    private static final javafx.scene.input.KeyCombination UNDO =
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z");
    private static final javafx.scene.input.KeyCombination REDO =
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final javafx.scene.input.KeyCombination REDO_Y =
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+Y");
    private final BorderPane root = new BorderPane();
    private final Autosave autosave;
    private final OutsideWatch watch;
    private final HistoryViewModel history;
    private final CoverageWindows coverage;

    /**
     * What the member arranged and expects to find again (after a restart, or a change of language): the
     * splitters' positions, the row selected in the outline (a clause, section or part id) and the language
     * version worked on ("" for the source).
     */
    public record Layout(List<Double> dividers, String selected, String language) {
        public Layout {
            dividers = dividers == null || dividers.size() != 2 ? DEFAULT_DIVIDERS : List.copyOf(dividers);
            language = language == null ? "" : language;
        }

        public Layout(List<Double> dividers, String selected) {
            this(dividers, selected, "");
        }
    }

    private static final List<Double> DEFAULT_DIVIDERS = List.of(0.3, 0.74);
    private SplitPane split;
    private OutlineViewModel outline;
    private WorkingLanguage language;

    public MainWindow(ProjectViewModel document, WindowActions app, String theme, ExportLauncher exporter,
                      ImportLauncher importer, Layout layout, SyncDialogs syncDialogs, java.nio.file.Path home,
                      java.util.Optional<java.nio.file.Path> git, String agentSocket) {
        Messages m = document.messages();
        outline = new OutlineViewModel(m);
        outline.show(document.project());
        document.projectProperty().addListener((obs, old, p) -> outline.show(p, old, document.changeSince(old, p)));
        OutlineEditing editing = new OutlineEditing(document, outline);
        OutlineView outlineView = new OutlineView(document, outline, editing);
        history = new HistoryViewModel(document);
        ReviewViewModel review = new ReviewViewModel(document, Instant::now);
        UnplacedViewModel unplaced = new UnplacedViewModel(document);
        NegotiationViewModel negotiation = new NegotiationViewModel(document, Instant::now);
        ClauseEditorView editor = new ClauseEditorView(new ClauseEditorViewModel(document), negotiation, document);
        language = new WorkingLanguage(document);
        language.tagProperty().set(layout.language());
        TranslationViewModel translation = new TranslationViewModel(document, language);
        // the History's comparisons are of the language version worked on, until the compare window says otherwise
        history.compareLanguageProperty().set(language.tag());
        language.tagProperty().addListener((obs, old, tag) -> history.compareLanguageProperty().set(tag));
        // the marks and the count (and the history read for them) start once the first screen is laid out
        TranslationStatusModel translations = new TranslationStatusModel(document, language, false);
        outline.translationMarksProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new TranslationMarks(language.tag(), language.tag().isEmpty() ? "" : language.nameOf(language.tag()),
                        translations.statesProperty().get(), translations.sinceProperty().get()),
                language.tagProperty(), translations.statesProperty(), translations.sinceProperty()));
        OutsideChangesViewModel outsideChanges = new OutsideChangesViewModel(document);
        autosave = new Autosave(document, outsideChanges::check);
        watch = new OutsideWatch(document, outsideChanges);
        // what the watcher reported while a sync's take-in was pending is looked at once it is taken in
        document.session().onLookAgain(() -> outsideChanges.check(java.util.List.of()));
        CoverageGaps gaps = new CoverageGaps(document, false);
        AfterFirstLayout.run(root, () -> {
            gaps.start();
            translations.start();
        });
        // the stamps' digests wait for the first screen; until then the bytes read are compared as they are
        AfterFirstLayout.run(root, () -> document.background().run("stamps", () -> {
            document.session().settleStamps();
            return null;
        }, done -> { }, error -> document.dialogs().showError(m.get("outside.checkFailed"), error)));

        Tab outlineTab = tab("tab-outline", m.get("tab.outline"), outlineView.node());
        // the hidden tabs are built when first shown: the first frame styles and lays out only what it shows
        Tab libraryTab = tab("tab-library", m.get("tab.library"), null);
        Tab historyTab = tab("tab-history", m.get("tab.history"), null);
        FirstShown<LibraryView> library = new FirstShown<>(libraryTab, () -> {
            // its rows are worked out only while the tab is shown
            LibraryViewModel libraryModel = new LibraryViewModel(document, outline.selectedProperty());
            libraryModel.activeProperty().bind(libraryTab.selectedProperty());
            return new LibraryView(libraryModel, document);
        }, LibraryView::node);
        new FirstShown<>(historyTab, () -> new HistoryView(history, document), HistoryView::node);
        TabPane tabs = new TabPane(outlineTab, libraryTab, historyTab);
        tabs.setId("left-tabs");
        // a library clause dragged over the Outline tab's title opens the outline, to be dropped into it
        Label outlineTitle = new Label(m.get("tab.outline"));
        outlineTitle.setId("tab-outline-title");
        outlineTitle.setOnDragEntered(e -> tabs.getSelectionModel().select(outlineTab));
        outlineTab.setText(null);
        outlineTab.setGraphic(outlineTitle);
        historyTab.selectedProperty().addListener((obs, old, on) -> {
            if (on) {
                history.refresh();
            }
        });

        EditorActions actions = new EditorActions(document, outline, editing, outlineView, editor, history, review,
                negotiation,
                autosave, () -> exporter.open(document, history), () -> importer.open(document), () -> {
                    tabs.getSelectionModel().select(libraryTab);
                    library.get().focusSearch();
                });
        Node reviewPanel = new ReviewView(review, document).node();
        VBox.setVgrow(reviewPanel, Priority.ALWAYS);
        VBox right = new VBox(new UnplacedView(unplaced, m).node(), reviewPanel);
        right.setMinWidth(240);
        // the source editor, or the clause side by side with its translation into the working language
        Node sourceEditor = editor.node();
        sourceEditor.visibleProperty().bind(language.tagProperty().isEmpty());
        javafx.scene.layout.StackPane centre = new javafx.scene.layout.StackPane(sourceEditor);
        sideBySideWhenChosen(centre, translation, m);
        split = new SplitPane(tabs, centre, right);
        split.setDividerPositions(layout.dividers().stream().mapToDouble(Double::doubleValue).toArray());
        split.setId("main-split");
        root.setCenter(split);

        coverage = new CoverageWindows(document, () -> root.getScene().getWindow(), () -> FrameworkLibrary.bundled().frameworks());
        SyncViewModel sync = new SyncViewModel(document, syncDialogs, autosave, home, git, agentSocket);
        SyncMenu syncMenu = new SyncMenu(sync, new BundleSending(document, syncDialogs), syncDialogs);
        VBox top = new VBox(MainMenu.of(document, actions, app, theme, syncMenu, coverage, translation),
                toolbar(document, actions, syncMenu, language));
        if (document.isReadOnly()) {
            Label banner = new Label(m.format("app.readOnly", document.session().heldBy().orElse("")));
            banner.setId("read-only-banner");
            banner.getStyleClass().add("read-only-banner");
            banner.setMaxWidth(Double.MAX_VALUE);
            banner.setPadding(new Insets(6, 12, 6, 12));
            top.getChildren().add(banner);
        }
        top.getChildren().add(outsideBanner(outsideChanges));
        root.setTop(top);
        root.setBottom(new VBox(new org.clausewright.ui.NoticeArea(m).node(), StatusBarView.of(document,
                unplaced.countProperty(), sync, gaps, coverage::showCoverage, translations.summaryProperty())));
        // text controls have undo of their own; in this window every undo goes through the project's stack
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                document.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                document.redo();
                e.consume();
            }
        });
        if (layout.selected() == null || outline.find(layout.selected()).isEmpty()) {
            outlineView.node().getSelectionModel().select(firstClause(outlineView));
        } else {
            outlineView.select(layout.selected());
        }
    }

    /**
     * The side by side is built the first time a language version is worked on: hidden, it would still be styled
     * and laid out for the first frame (90 nodes and two text areas), and most members work on the source.
     */
    private void sideBySideWhenChosen(javafx.scene.layout.StackPane centre, TranslationViewModel translation,
                                      Messages m) {
        Runnable build = () -> {
            if (centre.getChildren().size() == 1) {
                Node view = new TranslationEditorView(translation, m).node();
                view.visibleProperty().bind(language.tagProperty().isNotEmpty());
                centre.getChildren().add(view);
            }
        };
        language.tagProperty().addListener((obs, old, tag) -> {
            if (!tag.isEmpty()) {
                build.run();
            }
        });
        if (!language.tag().isEmpty()) {
            build.run();
        }
    }

    /** What other programs changed that the window could not take in: shown until it is settled. */
    private static Label outsideBanner(OutsideChangesViewModel outside) {
        Label banner = new Label();
        banner.setId("outside-banner");
        banner.getStyleClass().add("outside-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.textProperty().bind(outside.bannerProperty());
        banner.visibleProperty().bind(outside.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** The splitters and the selection as they are now. */
    public Layout layout() {
        var row = outline.selectedProperty().get();
        return new Layout(java.util.Arrays.stream(split.getDividerPositions()).boxed().toList(),
                row == null ? null : row.id(), language.tag());
    }

    private static javafx.scene.control.TreeItem<org.clausewright.ui.outline.OutlineRow> firstClause(OutlineView view) {
        var root = view.node().getRoot();
        if (root == null || root.getChildren().isEmpty()) {
            return null;
        }
        var part = root.getChildren().get(0);
        return part.getChildren().isEmpty() ? part : part.getChildren().get(0);
    }

    private static ToolBar toolbar(ProjectViewModel document, EditorActions a, SyncMenu sync,
                                   WorkingLanguage language) {
        Messages m = document.messages();
        Button undo = button("mdi2u-undo", m.get("menu.undo"), document::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        undo.getTooltip().textProperty().bind(document.undoTextProperty());
        Button redo = button("mdi2r-redo", m.get("menu.redo"), document::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        redo.getTooltip().textProperty().bind(document.redoTextProperty());
        ToolBar bar = new ToolBar(undo, redo,
                button("mdi2p-plus", m.get("menu.addClause"), a::addClause),
                button("mdi2f-folder-plus-outline", m.get("menu.addSection"), a::addSection),
                button("mdi2b-book-plus-outline", m.get("menu.addPart"), a::addPart),
                button("mdi2d-delete-outline", m.get("menu.delete"), a::delete),
                button("mdi2a-arrow-up", m.get("menu.moveUp"), a::moveUp),
                button("mdi2a-arrow-down", m.get("menu.moveDown"), a::moveDown),
                button("mdi2f-format-indent-increase", m.get("menu.indent"), a::indent),
                button("mdi2f-format-indent-decrease", m.get("menu.outdent"), a::outdent),
                button("mdi2c-comment-plus-outline", m.get("menu.comment"), a::comment),
                button("mdi2s-source-commit", m.get("history.record"), a::recordVersion),
                button("mdi2f-file-import-outline", m.get("menu.importReview"), a::importReview),
                sync.button(button("mdi2c-cloud-sync-outline", m.get("menu.sync"), sync::sync), document.isReadOnly()),
                button("mdi2f-file-word-outline", m.get("menu.export"), a::export));
        bar.getItems().stream().skip(2).filter(n -> !n.disableProperty().isBound())
                .forEach(n -> n.setDisable(document.isReadOnly()));
        // exporting only reads the project, so a read-only member may do it
        bar.getItems().get(bar.getItems().size() - 1).setDisable(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar.getItems().addAll(gap, LanguageChoice.of(language, m));
        return bar;
    }

    private static Button button(String icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("toolbar-button");
        return b;
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    public Parent root() {
        return root;
    }

    /** Saves at once, e.g. before the window closes or another project opens. */
    public void saveNow() {
        autosave.saveNow();
    }

    /** The project is closing (it saves itself once more): this window's autosave stops. */
    public void close() {
        coverage.close();
        autosave.stop();
        watch.stop();
    }
}
