package org.clausewright.ui.negotiation;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import org.clausewright.ui.DatePickers;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.Member;
import org.clausewright.model.ProjectInfo;
import org.clausewright.ui.Forms;
import org.clausewright.ui.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Project ▸ Delegations and meetings: three tabs over a {@link PartiesForm}. */
final class PartiesDialog {
    private final Messages m;
    private final PartiesForm form;
    // filling the fields from the selected row is not the member's typing
    private boolean showing;

    private PartiesDialog(Messages messages, ProjectInfo info) {
        this.m = messages;
        this.form = new PartiesForm(info);
    }

    static Optional<Parties> ask(Window owner, Messages messages, ProjectInfo info) {
        PartiesDialog d = new PartiesDialog(messages, info);
        Dialog<Parties> dialog = org.clausewright.ui.DialogButtons.translate(new Dialog<>(), messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("parties.title"));
        dialog.setResizable(true);
        TabPane tabs = new TabPane(tab("parties-delegations", messages.get("parties.delegations"), d.delegations()),
                tab("parties-meetings", messages.get("parties.meetings"), d.meetings()),
                tab("parties-members", messages.get("parties.members"), d.members()));
        Label keep = new Label(messages.get("parties.keep"));
        keep.setWrapText(true);
        keep.getStyleClass().add("hint");
        VBox content = new VBox(8, tabs, keep);
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? d.form.result() : null);
        NegotiationDialogs.styleLike(owner, dialog);
        return dialog.showAndWait();
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private VBox delegations() {
        ListView<Delegation> list = new ListView<>(form.delegations());
        list.setId("parties-delegation-list");
        list.setCellFactory(v -> cell(dl -> dl.shortName() + " — " + dl.name()
                + (dl.group().isEmpty() ? "" : " (" + dl.group() + ")")));
        TextField name = field("parties-delegation-name");
        TextField shortName = field("parties-delegation-short");
        TextField group = field("parties-delegation-group");
        Label id = new Label();
        id.setId("parties-delegation-id");
        id.getStyleClass().add("hint");
        Runnable show = () -> {
            Delegation dl = list.getSelectionModel().getSelectedItem();
            showing = true;
            name.setText(dl == null ? "" : dl.name());
            shortName.setText(dl == null ? "" : dl.shortName());
            group.setText(dl == null ? "" : dl.group());
            id.setText(dl == null ? "" : m.format("parties.id", dl.id()));
            showing = false;
        };
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, dl) -> show.run());
        for (TextField f : List.of(name, shortName, group)) {
            f.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
            f.textProperty().addListener((obs, old, v) -> {
                int at = list.getSelectionModel().getSelectedIndex();
                if (!showing && at >= 0 && !name.getText().isBlank()) {
                    form.updateDelegation(at, name.getText().strip(), shortName.getText().strip(),
                            group.getText().strip());
                    list.getSelectionModel().select(at);
                    id.setText(m.format("parties.id", form.delegations().get(at).id()));
                }
            });
        }
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(m.get("parties.name")), name);
        grid.addRow(1, new Label(m.get("parties.shortName")), shortName);
        grid.addRow(2, new Label(m.get("parties.group")), group);
        grid.add(id, 1, 3);
        Button add = new Button(m.get("parties.add"));
        add.setId("parties-delegation-add");
        add.setOnAction(e -> {
            int at = form.addDelegation(m.get("parties.newDelegation"), "", "");
            list.getSelectionModel().select(at);
            name.requestFocus();
            name.selectAll();
        });
        Button remove = removeButton("parties-delegation-remove", list, form::removeDelegation);
        return pane(list, grid, add, remove);
    }

    private VBox meetings() {
        ListView<Meeting> list = new ListView<>(form.meetings());
        list.setId("parties-meeting-list");
        list.setCellFactory(v -> cell(mt -> mt.title() + (mt.date() == null ? "" : " · " + m.date(mt.date()))
                + (mt.place().isEmpty() ? "" : " · " + mt.place())));
        TextField title = field("parties-meeting-title");
        DatePicker date = new DatePicker();
        date.setId("parties-meeting-date");
        // the picker writes dates, and draws its calendar, in the system's language unless told the member's
        DatePickers.inLanguage(date, m.locale());
        TextField place = field("parties-meeting-place");
        Runnable write = () -> {
            int at = list.getSelectionModel().getSelectedIndex();
            if (!showing && at >= 0 && !title.getText().isBlank()) {
                form.updateMeeting(at, title.getText().strip(), date.getValue(), place.getText().strip());
                list.getSelectionModel().select(at);
            }
        };
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, mt) -> {
            showing = true;
            title.setText(mt == null ? "" : mt.title());
            date.setValue(mt == null ? null : mt.date());
            place.setText(mt == null ? "" : mt.place());
            showing = false;
        });
        title.textProperty().addListener((obs, old, v) -> write.run());
        place.textProperty().addListener((obs, old, v) -> write.run());
        date.valueProperty().addListener((obs, old, v) -> write.run());
        for (javafx.scene.control.Control c : List.of(title, date, place)) {
            c.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(m.get("parties.meetingTitle")), title);
        grid.addRow(1, new Label(m.get("parties.date")), date);
        grid.addRow(2, new Label(m.get("parties.place")), place);
        Button add = new Button(m.get("parties.add"));
        add.setId("parties-meeting-add");
        add.setOnAction(e -> {
            int at = form.addMeeting(m.get("parties.newMeeting"), null, "");
            list.getSelectionModel().select(at);
            title.requestFocus();
            title.selectAll();
        });
        return pane(list, grid, add, removeButton("parties-meeting-remove", list, form::removeMeeting));
    }

    private GridPane members() {
        GridPane grid = Forms.grid();
        for (int k = 0; k < form.members().size(); k++) {
            int index = k;
            Member member = form.members().get(k);
            ComboBox<String> delegation = new ComboBox<>();
            delegation.setId("parties-member-" + k);
            Runnable fill = () -> {
                List<String> ids = new ArrayList<>();
                ids.add("");
                form.delegations().forEach(dl -> ids.add(dl.id()));
                String current = form.members().get(index).delegation();
                if (!ids.contains(current)) {
                    ids.add(current);
                }
                showing = true;
                delegation.getItems().setAll(ids);
                delegation.setValue(current);
                showing = false;
            };
            fill.run();
            form.delegations().addListener((javafx.collections.ListChangeListener<Delegation>) c -> fill.run());
            delegation.setConverter(NegotiationDialogs.converter(id -> delegationLabel(id)));
            delegation.valueProperty().addListener((obs, old, id) -> {
                if (!showing && id != null) {
                    form.setMemberDelegation(index, id);
                }
            });
            grid.addRow(k, new Label(member.name()), delegation);
        }
        return grid;
    }

    private String delegationLabel(String id) {
        if (id == null || id.isEmpty()) {
            return m.get("parties.noDelegation");
        }
        return form.delegations().stream().filter(dl -> dl.id().equals(id)).findFirst()
                .map(dl -> dl.shortName() + " — " + dl.name()).orElse(m.format("parties.unknownDelegation", id));
    }

    private <T> Button removeButton(String id, ListView<T> list, java.util.function.IntConsumer remove) {
        Button button = new Button(m.get("parties.remove"));
        button.setId(id);
        button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> remove.accept(list.getSelectionModel().getSelectedIndex()));
        return button;
    }

    private static VBox pane(ListView<?> list, GridPane grid, Button add, Button remove) {
        list.setPrefHeight(200);
        VBox box = new VBox(6, list, new HBox(6, add, remove), grid);
        box.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        return f;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
