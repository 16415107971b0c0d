package org.clausewright.ui.editor;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.clausewright.model.Extent;
import org.clausewright.ui.Messages;

import java.util.List;

/**
 * The Details form's addressed elements: one line per element with a Remove button, then a picker (framework ▸
 * element, the element's summary shown as help beneath), how far (fully or partly) and Add. Every change goes
 * through {@link AddressesViewModel}, which makes it an undoable command.
 */
final class AddressesForm {
    private final AddressesViewModel model;
    private final Messages messages;
    private final VBox lines = new VBox(2);
    private final VBox root;

    AddressesForm(AddressesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        lines.setId("clause-addresses");
        ComboBox<ElementChoice> element = new ComboBox<>();
        element.setId("clause-address-element");
        element.setPromptText(messages.get("editor.addresses.pick"));
        // a row of its own, the whole width: element titles are long
        element.setMaxWidth(Double.MAX_VALUE);
        element.setPrefWidth(160);
        element.setMinWidth(100);
        element.setCellFactory(l -> new ElementCell(null));
        // a button cell given an item once draws nothing for none: it says again what the picker is for
        element.setButtonCell(new ElementCell(element.getPromptText()));
        element.getItems().setAll(model.choicesProperty().get());
        model.choicesProperty().addListener((obs, old, list) -> element.getItems().setAll(list));
        ComboBox<Extent> extent = new ComboBox<>();
        extent.setId("clause-address-extent");
        extent.getItems().setAll(Extent.FULL, Extent.PARTIAL);
        extent.setValue(Extent.FULL);
        extent.setConverter(new StringConverter<>() {
            @Override
            public String toString(Extent value) {
                return value == null ? "" : extentWord(value);
            }

            @Override
            public Extent fromString(String text) {
                return null;
            }
        });
        extent.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button(messages.get("editor.addresses.add"));
        add.setId("clause-address-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(element.valueProperty().isNull().or(model.editableProperty().not()));
        add.setOnAction(e -> {
            if (model.add(element.getValue(), extent.getValue())) {
                element.setValue(null);
                // Add is disabled now; the focus would pass on to the Tags field, its text selected for the next
                // key to replace. It stays on the picker, ready for the next element.
                element.requestFocus();
            }
        });
        element.disableProperty().bind(model.editableProperty().not());
        extent.disableProperty().bind(model.editableProperty().not());
        HBox how = new HBox(6, extent, add);
        how.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox picker = new VBox(4, element, how);
        // what the element asks for, to judge whether the clause answers it fully or in part
        Label help = new Label();
        help.setId("clause-address-help");
        help.getStyleClass().add("details-chosen");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        // the chosen element in full (the field may cut a long title) and what it asks for
        help.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> element.getValue() == null ? "" : element.getValue().label() + "\n"
                        + element.getValue().summary(), element.valueProperty()));
        help.managedProperty().bind(help.textProperty().isNotEmpty());
        help.visibleProperty().bind(help.managedProperty());
        Label noFramework = new Label(messages.get("editor.addresses.noFramework"));
        noFramework.getStyleClass().add("hint");
        noFramework.setWrapText(true);
        noFramework.setMinHeight(Region.USE_PREF_SIZE);
        root = new WidthBoundBox(4);
        root.setMinWidth(0);
        // without a framework there is nothing to pick: the picker is left out (not merely hidden, which would lay
        // it out squeezed) and the line says where frameworks come from
        Runnable arrange = () -> root.getChildren().setAll(model.choicesProperty().get().isEmpty()
                && !model.hasFrameworks() ? List.of(lines, noFramework) : List.of(lines, picker, help));
        arrange.run();
        model.choicesProperty().addListener((obs, old, list) -> arrange.run());
        showLines(model.linesProperty().get());
        model.linesProperty().addListener((obs, old, list) -> showLines(list));
    }

    private void showLines(List<AddressLine> list) {
        if (list.isEmpty()) {
            Label none = new Label(messages.get("editor.addresses.none"));
            none.getStyleClass().add("details-chosen");
            none.setWrapText(true);
            none.setMinHeight(Region.USE_PREF_SIZE);
            lines.getChildren().setAll(none);
            return;
        }
        lines.getChildren().setAll(list.stream().map(this::line).toList());
    }

    private HBox line(AddressLine address) {
        Label text = new Label(messages.format("editor.addresses.line", address.label(), extentWord(address.extent())));
        text.getStyleClass().add("clause-address");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        if (!address.summary().isBlank()) {
            Tooltip tip = new Tooltip(address.summary());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            text.setTooltip(tip);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button remove = new Button(messages.get("editor.addresses.remove"));
        remove.getStyleClass().add("clause-address-remove");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setTooltip(new Tooltip(messages.format("editor.addresses.removeTip", address.label())));
        remove.disableProperty().bind(model.editableProperty().not());
        remove.setOnAction(e -> model.remove(address));
        HBox row = new HBox(6, text, remove);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private String extentWord(Extent extent) {
        return messages.get(extent == Extent.FULL ? "editor.addresses.full" : "editor.addresses.partial");
    }

    VBox node() {
        return root;
    }

    /** An element by its framework, number and title, its summary as a tooltip. */
    private static final class ElementCell extends ListCell<ElementChoice> {
        private final String none;

        /** {@code none}: what the cell says when no element is picked (null in the list). */
        ElementCell(String none) {
            this.none = none;
        }

        @Override
        protected void updateItem(ElementChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? none : item.label());
            setTooltip(empty || item == null || item.summary().isBlank() ? null : wrappedTip(item.summary()));
        }

        private static Tooltip wrappedTip(String text) {
            Tooltip tip = new Tooltip(text);
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            return tip;
        }
    }
}
