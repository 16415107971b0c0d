package org.clausewright.ui.library;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.clausewright.model.ClauseStatus;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.outline.DragPayload;
import org.clausewright.ui.outline.OutlineRow;
import org.controlsfx.control.CheckComboBox;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The Library tab: search, filters, every clause in a table; drag a row into the outline to place it. */
public final class LibraryView {
    private final VBox root;
    /** Narrower than this a heading would wrap after every word or two. */
    private static final double MIN_HEADING_WIDTH = 120;
    private final TextField search = new TextField();

    public LibraryView(LibraryViewModel model, ProjectViewModel document) {
        Messages messages = document.messages();
        search.setId("library-search");
        search.setPromptText(messages.get("library.search"));
        search.textProperty().bindBidirectional(model.searchProperty());

        CheckComboBox<String> categories = checks("library-categories", messages, "categories",
                model.categories(), s -> s);
        model.allCategoriesProperty().addListener((o, a, list) -> categories.getItems().setAll(list));
        categories.getItems().setAll(model.allCategoriesProperty().get());
        CheckComboBox<String> tags = checks("library-tags", messages, "tags", model.tags(), s -> s);
        model.allTagsProperty().addListener((o, a, list) -> tags.getItems().setAll(list));
        tags.getItems().setAll(model.allTagsProperty().get());
        CheckComboBox<ClauseStatus> statuses = checks("library-statuses", messages, "statuses",
                model.statuses(), s -> messages.get("status." + s.key()));
        statuses.getItems().setAll(ClauseStatus.values());
        CheckComboBox<ElementFilter> elements = elements(model, messages);

        TableView<LibraryRow> table = new TableView<>();
        table.setId("library-table");
        TableColumn<LibraryRow, String> number = column(messages.get("library.number"), LibraryRow::number, 60);
        table.getColumns().add(number);
        // the heading takes the room the number and the status leave, and the category is read beneath it
        TableColumn<LibraryRow, LibraryRow> heading = new TableColumn<>();
        Label headingTitle = new Label(messages.get("library.heading"));
        headingTitle.setTooltip(new Tooltip(messages.get("library.headingAndCategory")));
        // a label inside the header's label: the theme pads both, and the title stood 7 px right of the headings
        headingTitle.getStyleClass().add("column-title");
        heading.setGraphic(headingTitle);
        heading.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        heading.setComparator(Comparator.comparing(LibraryRow::heading, Collator.getInstance(messages.locale())));
        heading.setCellFactory(c -> new HeadingCell(c, r -> r.heading() + (r.alternativeOf() == null ? ""
                : "  " + messages.format("library.alternativeOf", r.alternativeOf()))));
        heading.setPrefWidth(400);
        table.getColumns().add(heading);
        TableColumn<LibraryRow, String> status = column(messages.get("library.status"), LibraryRow::statusText, 110);
        table.getColumns().add(status);
        heading.setMinWidth(MIN_HEADING_WIDTH);
        // as wide as the tab, never a sideways scroll bar: the number and the status keep their width, the heading
        // has the rest and wraps (the status too, on two lines, where on one it would leave the heading narrower
        // than itself, or the tab is too narrow for it on one)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        FittedColumn.fit(number, table.getItems(), LibraryRow::number);
        FittedColumn.fit(status, table.getItems(), LibraryRow::statusText, heading);
        table.getItems().setAll(model.rowsProperty().get());
        model.rowsProperty().addListener((o, a, rows) -> table.getItems().setAll(rows));
        table.setRowFactory(t -> {
            TableRow<LibraryRow> row = new TableRow<>();
            row.setOnDragDetected(e -> {
                if (row.getItem() != null && !document.isReadOnly()) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(DragPayload.of(OutlineRow.Kind.CLAUSE, row.getItem().clauseId()));
                    row.startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                document.selectedClauseIdProperty().set(row.clauseId());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button(messages.get("library.addToDraft"));
        add.setId("library-add");
        add.setOnAction(e -> selected(table).ifPresent(r -> {
            if (model.addToDraft(r.clauseId())) {
                // the row now shows the clause's number in the draft; keep it picked and in sight
                table.getItems().stream().filter(x -> x.clauseId().equals(r.clauseId())).findFirst().ifPresent(x -> {
                    table.getSelectionModel().select(x);
                    table.scrollTo(x);
                });
            }
        }));
        Button duplicate = new Button(messages.get("library.duplicate"));
        duplicate.setId("library-duplicate");
        duplicate.setOnAction(e -> selected(table).ifPresent(r -> model.duplicate(r.clauseId())));
        var nothingPicked = table.getSelectionModel().selectedItemProperty().isNull();
        add.disableProperty().bind(nothingPicked.or(new javafx.beans.property.SimpleBooleanProperty(document.isReadOnly())));
        duplicate.disableProperty().bind(add.disableProperty());

        root = new VBox(6, search, new FlowPane(6, 6, categories, tags, statuses), elements, table, new FlowPane(6, 6, add, duplicate));
        root.setPadding(new Insets(8));
        root.setId("library");
    }

    private static java.util.Optional<LibraryRow> selected(TableView<LibraryRow> table) {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    /**
     * A filter that says what it lets through in words: "All categories" while nothing is ticked (no filter),
     * "2 of 10 categories" once some are.
     */
    private static <T> CheckComboBox<T> checks(String id, Messages messages, String kind, ObservableSet<T> target,
                                               Function<T, String> text) {
        CheckComboBox<T> box = new CheckComboBox<>(FXCollections.observableArrayList());
        box.setId(id);
        box.setShowCheckedCount(false);
        box.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int ticked = box.getCheckModel().getCheckedItems().size();
            return ticked == 0 ? messages.get("library.filter." + kind + ".all")
                    : messages.format("library.filter." + kind + ".some", ticked, box.getItems().size());
        }, box.getCheckModel().getCheckedItems(), box.getItems()));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c ->
                target.retainAll(List.copyOf(box.getCheckModel().getCheckedItems())));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c ->
                target.addAll(List.copyOf(box.getCheckModel().getCheckedItems())));
        return box;
    }

    /**
     * The framework filter: clauses addressing any ticked element (or none at all), the elements' gaps marked.
     * Shown only when the project has a framework.
     */
    private static CheckComboBox<ElementFilter> elements(LibraryViewModel model, Messages messages) {
        ObservableSet<ElementFilter> ticked = FXCollections.observableSet();
        CheckComboBox<ElementFilter> box = checks("library-elements", messages, "elements", ticked,
                ElementFilter::label);
        ticked.addListener((javafx.collections.SetChangeListener<ElementFilter>) c -> {
            if (c.wasRemoved()) {
                model.elements().remove(c.getElementRemoved().key());
            }
            if (c.wasAdded()) {
                model.elements().add(c.getElementAdded().key());
            }
        });
        Runnable fill = () -> {
            // the same elements stay ticked when their labels change (a gap closed)
            java.util.Set<String> keys = java.util.Set.copyOf(model.elements());
            box.getCheckModel().clearChecks();
            box.getItems().setAll(model.allElementsProperty().get());
            box.getItems().stream().filter(f -> keys.contains(f.key())).forEach(box.getCheckModel()::check);
        };
        fill.run();
        model.allElementsProperty().addListener((o, a, list) -> fill.run());
        // a row of its own, as wide as the tab: measured by its longest element it made the whole Library wider
        // than the tab, cut at the tab's edge
        box.setPrefWidth(MIN_HEADING_WIDTH);
        box.setMaxWidth(Double.MAX_VALUE);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(box.getItems()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static TableColumn<LibraryRow, String> column(String title, Function<LibraryRow, String> value, double width) {
        TableColumn<LibraryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public Node node() {
        return root;
    }

    /** Focuses the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
    }
}
