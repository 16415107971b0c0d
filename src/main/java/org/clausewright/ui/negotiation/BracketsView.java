package org.clausewright.ui.negotiation;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clausewright.ui.Messages;

import java.util.List;

/**
 * Under the clause text: each bracket as a card, its options one a line with the delegations proposing,
 * supporting and opposing them as chips, and the actions on it. Detached and settled brackets are shown, dimmed.
 */
public final class BracketsView {
    private final NegotiationViewModel model;
    private final Messages m;
    /**
     * Room for a whole card of two options with their delegations, a note and the actions (169–235 px in the six
     * languages at 1280–1440 px wide): past it the cards scroll, and the clause's text keeps its room.
     */
    private static final double MAX_VIEWPORT = 260;
    private final VBox cards = new VBox(6);
    private final TitledPane pane;
    private final ScrollPane scroll;
    private final boolean readOnly;

    public BracketsView(NegotiationViewModel model, Messages messages, boolean readOnly) {
        this.model = model;
        this.m = messages;
        this.readOnly = readOnly;
        cards.setId("bracket-cards");
        cards.getStyleClass().add("bracket-cards");
        scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        // as tall as the cards, up to a bound, and never squeezed by the panels around it (at 1440 × 900 the
        // Details below left it a sliver that showed a card's title alone): the editor's column scrolls instead
        // (after the layout pass that measured them: a size asked for during it did not reach the TitledPane)
        cards.heightProperty().addListener((obs, old, height) ->
                Platform.runLater(() -> fit(height.doubleValue())));
        pane = new TitledPane("", scroll);
        pane.setId("clause-brackets");
        // a TitledPane's least height is its title's: the column gave it that, and the Details were drawn over its
        // cards
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.textProperty().bind(model.bracketsTitleProperty());
        show(model.bracketsProperty().get());
        model.bracketsProperty().addListener((obs, old, list) -> show(list));
    }

    public Node node() {
        return pane;
    }

    private void fit(double height) {
        scroll.setMinViewportHeight(Math.min(height, MAX_VIEWPORT));
        scroll.setPrefViewportHeight(Math.min(height, MAX_VIEWPORT));
    }

    private void show(List<BracketCard> list) {
        if (list.isEmpty()) {
            Label none = new Label(m.get("brackets.none"));
            none.setWrapText(true);
            none.getStyleClass().add("hint");
            cards.getChildren().setAll(none);
            return;
        }
        cards.getChildren().setAll(list.stream().map(this::card).toList());
    }

    private Node card(BracketCard b) {
        Label title = new Label(b.title());
        title.getStyleClass().add("bracket-card-title");
        title.setWrapText(true);
        VBox box = new VBox(4, title);
        box.getStyleClass().addAll("card", "bracket-card");
        box.setId("bracket-" + b.id());
        if (!b.state().isEmpty()) {
            Label state = new Label(b.state());
            state.setWrapText(true);
            state.getStyleClass().add(b.detached() ? "thread-detached" : "hint");
            box.getChildren().add(state);
            box.getStyleClass().add(b.detached() ? "bracket-detached" : "bracket-settled");
        }
        for (int k = 0; k < b.options().size(); k++) {
            box.getChildren().add(option(b, k));
        }
        if (b.open() && !readOnly) {
            box.getChildren().add(actions(b));
        }
        return box;
    }

    private Node option(BracketCard b, int index) {
        BracketCard.OptionCard o = b.options().get(index);
        Label words = new Label(o.label());
        words.getStyleClass().add("bracket-option");
        words.setWrapText(true);
        words.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane chips = new FlowPane(4, 3);
        chips.setAlignment(Pos.CENTER_LEFT);
        chips(chips, "proposed", o.proposed());
        chips(chips, "supports", o.supports());
        chips(chips, "opposes", o.opposes());
        VBox line = new VBox(2, words);
        if (!chips.getChildren().isEmpty()) {
            line.getChildren().add(chips);
        }
        if (!o.note().isEmpty()) {
            Label note = new Label(o.note());
            note.setWrapText(true);
            note.getStyleClass().add("bracket-note");
            line.getChildren().add(note);
        }
        if (b.open() && !readOnly) {
            Button attribute = small(m.get("brackets.attribute"), () -> model.attribute(b.id(), index));
            attribute.setId("bracket-attribute-" + b.id() + "-" + index);
            Button note = small(m.get("brackets.note"), () -> model.note(b.id(), index));
            note.setId("bracket-note-" + b.id() + "-" + index);
            HBox row = new HBox(6, line, new HBox(4, attribute, note));
            HBox.setHgrow(line, javafx.scene.layout.Priority.ALWAYS);
            line.setMaxWidth(Double.MAX_VALUE);
            return row;
        }
        return line;
    }

    private void chips(FlowPane pane, String stance, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        Label what = new Label(m.get("brackets." + stance));
        what.getStyleClass().add("chip-caption");
        pane.getChildren().add(what);
        for (String name : names) {
            Label chip = new Label(name);
            chip.getStyleClass().addAll("chip", "chip-" + stance);
            pane.getChildren().add(chip);
        }
    }

    private Node actions(BracketCard b) {
        Button add = small(m.get("brackets.addOption"), () -> model.addOption(b.id()));
        add.setId("bracket-add-option-" + b.id());
        Button noText = small(m.get("brackets.addNoText"), () -> model.addNoText(b.id()));
        noText.setId("bracket-add-no-text-" + b.id());
        Button clean = small(m.get("brackets.clean"), () -> model.clean(b.id()));
        clean.setId("bracket-clean-" + b.id());
        FlowPane row = new FlowPane(6, 4, add, noText, clean);
        return row;
    }

    private static Button small(String text, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("small");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
