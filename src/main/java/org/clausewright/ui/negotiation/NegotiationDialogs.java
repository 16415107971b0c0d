package org.clausewright.ui.negotiation;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.clausewright.command.CleanBracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.ProjectInfo;
import org.clausewright.ui.Forms;
import org.clausewright.ui.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The real dialogs of negotiation: parties, a decision, cleaning a bracket, attributing an option. */
public final class NegotiationDialogs {
    private final Messages m;
    private final java.util.function.Supplier<Window> owner;

    public NegotiationDialogs(Messages messages, java.util.function.Supplier<Window> owner) {
        this.m = messages;
        this.owner = owner;
    }

    public Optional<Parties> editParties(ProjectInfo info) {
        return PartiesDialog.ask(owner.get(), m, info);
    }

    public Optional<DecisionForm> askDecision(String title, ClauseStatus current, ProjectInfo info) {
        ComboBox<ClauseStatus> status = new ComboBox<>();
        status.setId("decide-status");
        status.getItems().setAll(ClauseStatus.values());
        status.setConverter(converter(s -> m.get("status." + s.key())));
        status.setValue(current);
        ComboBox<String> meeting = meetings(info);
        ComboBox<String> delegation = delegations(info, "decide-requested-by");
        TextArea note = note();
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(m.get("decide.status")), status);
        grid.addRow(1, new Label(m.get("decide.meeting")), meeting);
        grid.addRow(2, new Label(m.get("decide.requestedBy")), delegation);
        grid.addRow(3, new Label(m.get("decide.note")), note);
        return show(m.format("decide.title", title), grid, () -> new DecisionForm(status.getValue(),
                meeting.getValue(), delegation.getValue(), note.getText()));
    }

    public Optional<CleaningForm> askCleaning(String title, List<String> options, ProjectInfo info) {
        ComboBox<Integer> choice = new ComboBox<>();
        choice.setId("clean-option");
        for (int k = 0; k < options.size(); k++) {
            choice.getItems().add(k);
        }
        choice.getItems().add(CleanBracket.DELETE);
        choice.setConverter(converter(k -> k == CleanBracket.DELETE ? m.get("clean.deletePassage")
                : options.get(k).isEmpty() ? m.get("brackets.noText") : m.format("review.quoted", options.get(k))));
        choice.setValue(0);
        ComboBox<String> meeting = meetings(info);
        TextArea note = note();
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(m.get("clean.choose")), choice);
        grid.addRow(1, new Label(m.get("decide.meeting")), meeting);
        grid.addRow(2, new Label(m.get("decide.note")), note);
        return show(m.format("clean.title", title), grid,
                () -> new CleaningForm(choice.getValue(), meeting.getValue(), note.getText()));
    }

    public Optional<AttributionForm> askAttribution(String title, List<String> options, int option,
                                                    ProjectInfo info) {
        ComboBox<Integer> which = new ComboBox<>();
        which.setId("attribute-option");
        for (int k = 0; k < options.size(); k++) {
            which.getItems().add(k);
        }
        which.setConverter(converter(k -> m.format("brackets.option", k + 1,
                options.get(k).isEmpty() ? m.get("brackets.noText") : m.format("review.quoted", options.get(k)))));
        which.setValue(option);
        ComboBox<String> delegation = delegations(info, "attribute-delegation");
        delegation.getItems().remove("");
        delegation.setValue(delegation.getItems().isEmpty() ? null : delegation.getItems().get(0));
        ComboBox<BracketOption.Stance> stance = new ComboBox<>();
        stance.setId("attribute-stance");
        stance.getItems().add(null);
        stance.getItems().addAll(BracketOption.Stance.values());
        stance.setConverter(converter(s -> s == null ? m.get("attribute.stance.none")
                : m.get("brackets." + s.key())));
        stance.setValue(BracketOption.Stance.SUPPORTS);
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(m.get("brackets.whichOption")), which);
        grid.addRow(1, new Label(m.get("attribute.delegation")), delegation);
        grid.addRow(2, new Label(m.get("attribute.stance")), stance);
        return show(m.format("attribute.title", title), grid, () -> delegation.getValue() == null ? null
                : new AttributionForm(which.getValue(), delegation.getValue(), stance.getValue()));
    }

    private <T> Optional<T> show(String title, GridPane content, java.util.function.Supplier<T> result) {
        Dialog<T> dialog = org.clausewright.ui.DialogButtons.translate(new Dialog<>(), m);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? result.get() : null);
        styleLike(owner.get(), dialog);
        return dialog.showAndWait();
    }

    private ComboBox<String> meetings(ProjectInfo info) {
        List<String> ids = new ArrayList<>(List.of(""));
        info.meetings().stream().map(Meeting::id).forEach(ids::add);
        ComboBox<String> box = new ComboBox<>();
        box.setId("decide-meeting");
        box.getItems().setAll(ids);
        box.setConverter(converter(id -> id.isEmpty() ? m.get("decide.none")
                : info.meeting(id).map(mt -> mt.title() + (mt.date() == null ? "" : " · " + m.date(mt.date()))).orElse(id)));
        // the latest meeting is most often the one in session
        box.setValue(ids.get(ids.size() - 1));
        return box;
    }

    private ComboBox<String> delegations(ProjectInfo info, String id) {
        List<String> ids = new ArrayList<>(List.of(""));
        info.delegations().stream().map(Delegation::id).forEach(ids::add);
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(ids);
        box.setConverter(converter(d -> d.isEmpty() ? m.get("decide.none")
                : info.delegation(d).map(dl -> dl.shortName() + " — " + dl.name()).orElse(d)));
        box.setValue("");
        return box;
    }

    private TextArea note() {
        TextArea note = new TextArea();
        note.setId("decide-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPrefColumnCount(36);
        return note;
    }

    /** A dialog is a scene of its own: it takes the window's stylesheets and theme. */
    static void styleLike(Window owner, Dialog<?> dialog) {
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot() != null) {
                dialog.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().stream()
                        .filter(c -> c.startsWith("theme-")).toList());
            }
        }
    }

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
