package org.clausewright.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.clausewright.ui.negotiation.NegotiationViewModel;
import org.clausewright.ui.Messages;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;

import java.util.List;
import java.util.function.Function;

/**
 * The clause's details: status (with its decision log and a Decide… button), category and sources chosen from
 * the project's lists, tags typed with the project's tags suggested, rationale. Every control writes into
 * {@link ClauseEditorViewModel}, which turns the change into an EditDetails command.
 */
final class DetailsForm {
    private static final double FIELD_WIDTH = 160;
    private static final double MIN_FIELD_WIDTH = 100;
    private final ClauseEditorViewModel model;
    // the rows down to the tags keep their height; the rationale and the decision log scroll when the column is short
    private final GridPane grid = new FormGrid(5);
    private final ComboBox<Choice> category = new ComboBox<>();
    private final CheckComboBox<Choice> sources = new CheckComboBox<>();
    // refilling or re-checking the lists from the model fires their listeners: those are not the member's edits
    private boolean syncing;

    DetailsForm(ClauseEditorViewModel model, NegotiationViewModel negotiation, AddressesViewModel addresses,
                Messages messages) {
        this.model = model;
        grid.setId("clause-details-form");
        grid.setHgap(8);
        grid.setVgap(6);
        // the status follows from the decision log: it is read here and changed only by a decision
        Label statusText = new Label();
        statusText.setId("clause-status");
        statusText.getStyleClass().add("clause-status");
        statusText.textProperty().bind(negotiation.statusProperty());
        // never cut to "agreed ad ref…"
        statusText.setMinWidth(Region.USE_PREF_SIZE);
        Button decide = new Button(messages.get("editor.decide"));
        decide.setId("clause-decide");
        decide.disableProperty().bind(model.editableProperty().not());
        decide.setOnAction(e -> negotiation.decide());
        // the button stands beside the decision log it adds to, so that the category keeps its room beside the status
        HBox status = new HBox(8, statusText);
        status.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        category.setId("clause-category");
        category.setConverter(converter(Choice::label));
        category.setMaxWidth(Double.MAX_VALUE);
        category.disableProperty().bind(model.editableProperty().not());
        sources.setId("clause-sources");
        sources.setConverter(converter(Choice::label));
        sources.setMaxWidth(Double.MAX_VALUE);
        sources.disableProperty().bind(model.editableProperty().not());
        TextField tags = new TextField();
        tags.setId("clause-tags");
        tags.textProperty().bindBidirectional(model.tagsProperty());
        tags.editableProperty().bind(model.editableProperty());
        TextFields.bindAutoCompletion(tags, request -> model.tagSuggestions(request.getUserText()));
        TextArea rationale = new TextArea();
        rationale.setId("clause-rationale");
        rationale.setWrapText(true);
        rationale.setPrefRowCount(3);
        rationale.textProperty().bindBidirectional(model.rationaleProperty());
        rationale.editableProperty().bind(model.editableProperty());
        // every value gets the whole width, so that what is chosen reads in full rather than cut to
        // "Tianjin Biosecurit…"
        // the category gets a row of its own: category names are long ("Responsible conduct of research") and
        // were cut beside the status at 1440 × 900
        grid.add(new Label(messages.get("editor.status")), 0, 0);
        grid.add(status, 1, 0, 3, 1);
        grid.add(new Label(messages.get("editor.category")), 0, 1);
        grid.add(category, 1, 1, 3, 1);
        Label chosenSources = chosenSources(messages);
        WidthBoundBox sourcesBox = new WidthBoundBox(4, sources, chosenSources);
        grid.add(besideFirstLine(new Label(messages.get("editor.sources")), sourcesBox), 0, 2);
        grid.add(sourcesBox, 1, 2, 3, 1);
        // the framework elements the clause answers, beside its sources: the two are read together
        Label addressesTitle = new Label(messages.get("editor.addresses"));
        GridPane.setValignment(addressesTitle, VPos.TOP);
        grid.add(addressesTitle, 0, 3);
        grid.add(new AddressesForm(addresses, messages).node(), 1, 3, 3, 1);
        grid.add(new Label(messages.get("editor.tags")), 0, 4);
        grid.add(tags, 1, 4, 3, 1);
        grid.add(besideFirstLine(new Label(messages.get("editor.rationale")), rationale), 0, 5);
        grid.add(rationale, 1, 5, 3, 1);
        Label decisionsTitle = new Label(messages.get("editor.decisions"));
        // beside the log's first line, as the Addresses title is
        GridPane.setValignment(decisionsTitle, VPos.TOP);
        grid.add(decisionsTitle, 0, 6);
        ScrollPane log = decisionLog(negotiation, messages);
        HBox.setHgrow(log, Priority.ALWAYS);
        decide.setMinWidth(Region.USE_PREF_SIZE);
        HBox decisions = new HBox(8, log, decide);
        decisions.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        grid.add(decisions, 1, 6, 3, 1);
        grid.getChildren().stream().filter(n -> n instanceof Label)
                .forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
        // the value columns start from the same width and share what is left: the sources list would
        // otherwise ask for the width of every checked title and squeeze the others to nothing
        for (Region field : new Region[] {tags, category, sources}) {
            field.setPrefWidth(FIELD_WIDTH);
            field.setMinWidth(MIN_FIELD_WIDTH);
            field.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
        status.setMinWidth(Region.USE_PREF_SIZE);
        bindLists();
    }

    /**
     * A label beside a field taller than a line (a list with its chosen items beneath, a text area): read beside the
     * field's first line, as the Addresses title is, not halfway down the block. The two share the row's baseline.
     */
    private static Label besideFirstLine(Label label, Node field) {
        GridPane.setValignment(label, VPos.BASELINE);
        GridPane.setValignment(field, VPos.BASELINE);
        return label;
    }

    /**
     * The sources list says how many are ticked ("2 of 7 sources"); their titles, too long for one line, are
     * listed in full below it, one a line.
     */
    private Label chosenSources(Messages messages) {
        sources.setShowCheckedCount(false);
        sources.titleProperty().bind(Bindings.createStringBinding(() -> {
            int ticked = sources.getCheckModel().getCheckedItems().size();
            return ticked == 0 ? messages.get("editor.sources.none")
                    : messages.format("editor.sources.some", ticked, sources.getItems().size());
        }, sources.getCheckModel().getCheckedItems(), sources.getItems()));
        Label chosen = new Label();
        chosen.setId("clause-sources-chosen");
        chosen.getStyleClass().add("details-chosen");
        chosen.setWrapText(true);
        chosen.setMinHeight(Region.USE_PREF_SIZE);
        chosen.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n",
                sources.getCheckModel().getCheckedItems().stream().map(c -> "• " + c.label()).toList()),
                sources.getCheckModel().getCheckedItems()));
        chosen.managedProperty().bind(chosen.textProperty().isNotEmpty());
        chosen.visibleProperty().bind(chosen.managedProperty());
        return chosen;
    }

    /** The decision log, latest first, an entry a wrapped line; it scrolls past about three entries. */
    private static ScrollPane decisionLog(NegotiationViewModel negotiation, Messages messages) {
        VBox lines = new VBox(2);
        lines.setId("clause-decisions");
        lines.getStyleClass().add("decision-log");
        Runnable show = () -> {
            List<String> entries = negotiation.decisionsProperty().get();
            lines.getChildren().setAll((entries.isEmpty() ? List.of(messages.get("editor.decisions.none")) : entries)
                    .stream().map(text -> {
                        Label line = new Label(text);
                        line.setWrapText(true);
                        line.setMinHeight(Region.USE_PREF_SIZE);
                        return line;
                    }).toList());
        };
        show.run();
        negotiation.decisionsProperty().addListener((obs, old, entries) -> show.run());
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(66);
        return scroll;
    }

    private void bindLists() {
        model.categoryChoicesProperty().addListener((obs, old, list) -> sync(() -> {
            category.getItems().setAll(list);
            showCategory();
        }));
        model.categoryProperty().addListener((obs, old, id) -> sync(this::showCategory));
        category.valueProperty().addListener((obs, old, choice) -> {
            if (!syncing && choice != null) {
                model.categoryProperty().set(choice.id());
            }
        });
        model.sourceChoicesProperty().addListener((obs, old, list) -> sync(() -> {
            sources.getItems().setAll(list);
            showSources();
        }));
        model.sourcesProperty().addListener((obs, old, ids) -> sync(this::showSources));
        sources.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) change -> {
            if (!syncing) {
                // in the project's order, whatever order they were ticked in
                model.sourcesProperty().set(sources.getItems().stream()
                        .filter(sources.getCheckModel()::isChecked).map(Choice::id).toList());
            }
        });
        sync(() -> {
            category.getItems().setAll(model.categoryChoicesProperty().get());
            sources.getItems().setAll(model.sourceChoicesProperty().get());
            showCategory();
            showSources();
        });
    }

    private void showCategory() {
        String id = model.categoryProperty().get();
        category.setValue(category.getItems().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null));
    }

    private void showSources() {
        List<String> ids = model.sourcesProperty().get();
        sources.getCheckModel().clearChecks();
        sources.getItems().stream().filter(c -> ids.contains(c.id())).forEach(sources.getCheckModel()::check);
    }

    private void sync(Runnable change) {
        boolean was = syncing;
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = was;
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    GridPane node() {
        return grid;
    }
}
