package org.clausewright.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clausewright.app.ProjectTemplate;

import java.util.List;
import java.util.Optional;

/**
 * File ▸ New project from template…: the starter projects, each with a line saying whom it is for and which
 * framework its clauses answer, in the member's language.
 */
final class TemplateDialog {
    private TemplateDialog() {
    }

    /** The template chosen, empty when cancelled. */
    static Optional<ProjectTemplate> show(Messages messages, Window owner, List<ProjectTemplate> templates) {
        Dialog<ProjectTemplate> dialog = DialogButtons.translate(new Dialog<>(), messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("menu.newFromTemplate"));
        dialog.setHeaderText(messages.get("template.prompt"));
        ListView<ProjectTemplate> list = new ListView<>();
        list.setId("template-list");
        list.getItems().setAll(templates);
        list.setCellFactory(view -> new TemplateCell(messages));
        list.setPrefSize(560, 330);
        list.getSelectionModel().selectFirst();
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? list.getSelectionModel().getSelectedItem()
                : null);
        return dialog.showAndWait();
    }

    /** The template's name in the member's language; a template this build has no words for shows its title. */
    static String name(Messages messages, ProjectTemplate template) {
        String key = "template." + template.id() + ".name";
        String name = messages.get(key);
        return name.equals(key) ? template.title() : name;
    }

    static String purpose(Messages messages, ProjectTemplate template) {
        String key = "template." + template.id() + ".purpose";
        String purpose = messages.get(key);
        return purpose.equals(key) ? "" : purpose;
    }

    private static final double PURPOSE_WIDTH = 500;

    private static final class TemplateCell extends ListCell<ProjectTemplate> {
        private final Messages messages;
        private final Label name = new Label();
        private final Label purpose = new Label();
        private final VBox box = new VBox(2, name, purpose);

        TemplateCell(Messages messages) {
            this.messages = messages;
            name.getStyleClass().add("template-name");
            name.setStyle("-fx-font-weight: bold;");
            purpose.getStyleClass().add("template-purpose");
            // the line is the point of the dialog: it wraps rather than ending in "…"
            purpose.setWrapText(true);
            purpose.setPrefWidth(PURPOSE_WIDTH);
            purpose.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(ProjectTemplate item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(name(messages, item));
            purpose.setText(purpose(messages, item));
            setGraphic(box);
        }
    }
}
