package org.clausewright.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.clausewright.diff.DiffSegment;
import org.clausewright.model.TranslationState;
import org.clausewright.ui.Messages;
import org.clausewright.ui.WindowLanguage;

import java.util.List;
import java.util.Locale;

/**
 * The clause and its translation side by side: the source read-only in one column, the translation in the other
 * (heading and text, brackets highlighted, Arabic paragraphs right-aligned as in the source editor). Above them, what
 * an outdated translation needs (the source's change and Confirm) or a missing one (Start translation).
 */
public final class TranslationEditorView {
    private final VBox root;
    private final ClauseTextArea target;

    public TranslationEditorView(TranslationViewModel model, Messages messages) {
        Label number = new Label();
        number.getStyleClass().add("clause-number");
        number.textProperty().bind(model.numberProperty());
        Label sourceTitle = new Label();
        sourceTitle.setId("translation-source-title");
        sourceTitle.getStyleClass().add("translation-column-title");
        Label targetTitle = new Label();
        targetTitle.setId("translation-target-title");
        targetTitle.getStyleClass().add("translation-column-title");
        WorkingLanguage language = model.language();
        sourceTitle.textProperty().bind(Bindings.createStringBinding(() -> language.label(""),
                language.tagProperty()));
        targetTitle.textProperty().bind(Bindings.createStringBinding(() -> language.label(language.tag()),
                language.tagProperty()));

        TextField sourceHeading = new TextField();
        sourceHeading.setId("translation-source-heading");
        sourceHeading.getStyleClass().add("clause-heading");
        sourceHeading.setEditable(false);
        sourceHeading.textProperty().bind(model.sourceHeadingProperty());
        // the source's words run in the source's direction, whichever way the window runs
        sourceHeading.nodeOrientationProperty().bind(model.sourceOrientationProperty());
        TextField heading = new TextField();
        heading.setId("translation-heading");
        heading.getStyleClass().add("clause-heading");
        heading.setPromptText(messages.get("translation.headingPrompt"));
        heading.textProperty().bindBidirectional(model.headingProperty());
        heading.editableProperty().bind(model.editableProperty());
        // an Arabic heading starts at the right even in a left-to-right window
        heading.nodeOrientationProperty().bind(Bindings.createObjectBinding(() -> language.tag().isEmpty()
                ? NodeOrientation.INHERIT : WindowLanguage.orientation(Locale.forLanguageTag(language.tag())),
                language.tagProperty()));

        ClauseTextArea source = new ClauseTextArea(model.sourceTextProperty(), typed -> { },
                new javafx.beans.property.SimpleBooleanProperty(false), model.sourceHighlightsProperty());
        source.area().setId("translation-source-text");
        target = new ClauseTextArea(model.textProperty(), model.textProperty()::set, model.editableProperty(),
                model.highlightsProperty());
        target.area().setId("translation-text");

        GridPane columns = new GridPane();
        columns.setHgap(10);
        columns.setVgap(6);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        columns.getColumnConstraints().addAll(half, half);
        columns.addRow(0, sourceTitle, targetTitle);
        columns.addRow(1, sourceHeading, heading);
        columns.addRow(2, source.node(), target.node());
        RowConstraints fixed = new RowConstraints();
        RowConstraints grow = new RowConstraints();
        grow.setVgrow(Priority.ALWAYS);
        columns.getRowConstraints().addAll(fixed, fixed, grow);
        VBox.setVgrow(columns, Priority.ALWAYS);

        root = new VBox(8, new HBox(10, number, stateLabel(model, messages)), outdated(model, messages),
                missing(model, messages), columns);
        root.setPadding(new Insets(10));
        root.setId("translation-editor");
    }

    private static Label stateLabel(TranslationViewModel model, Messages messages) {
        Label state = new Label();
        state.setId("translation-state");
        state.getStyleClass().add("translation-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            TranslationState s = model.stateProperty().get();
            return s == null ? "" : messages.get("translation.state." + s.key());
        }, model.stateProperty()));
        return state;
    }

    /** The source's change since the translation was made, and Confirm. */
    private static Node outdated(TranslationViewModel model, Messages messages) {
        Label note = new Label();
        note.setId("translation-change-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(model.sourceChangeNoteProperty());
        TextFlow words = new TextFlow();
        words.setId("translation-change");
        words.nodeOrientationProperty().bind(model.sourceOrientationProperty());
        show(words, model.sourceChangeProperty().get());
        model.sourceChangeProperty().addListener((obs, old, segments) -> show(words, segments));
        Button confirm = new Button(messages.get("translation.confirm"));
        confirm.setId("translation-confirm");
        confirm.setOnAction(e -> model.confirm());
        confirm.disableProperty().bind(model.canConfirmProperty().not());
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(messages.get("translation.confirmHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox actions = new HBox(10, confirm, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, note, words, actions);
        box.setId("translation-outdated");
        box.getStyleClass().add("translation-outdated-box");
        box.setPadding(new Insets(8));
        box.visibleProperty().bind(model.stateProperty().isEqualTo(TranslationState.OUTDATED));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static void show(TextFlow flow, List<DiffSegment> segments) {
        flow.getChildren().clear();
        for (DiffSegment segment : segments) {
            Text t = new Text(segment.text());
            t.getStyleClass().add("diff-" + segment.kind().name().toLowerCase(Locale.ROOT));
            t.setStrikethrough(segment.kind() == DiffSegment.Kind.DELETED);
            flow.getChildren().add(t);
        }
    }

    /** No translation yet: it is started empty, for the member to write. */
    private static Node missing(TranslationViewModel model, Messages messages) {
        Label note = new Label(messages.get("translation.missingNote"));
        note.setWrapText(true);
        Button start = new Button(messages.get("translation.start"));
        start.setId("translation-start");
        start.setOnAction(e -> model.startTranslation());
        start.disableProperty().bind(model.canStartProperty().not());
        start.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(10, note, start);
        box.setId("translation-missing");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("translation-missing-box");
        box.setPadding(new Insets(8));
        box.visibleProperty().bind(model.stateProperty().isEqualTo(TranslationState.MISSING));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    public Node node() {
        return root;
    }

    /** Puts the cursor in the translation's text. */
    public void focusText() {
        target.area().requestFocus();
    }
}
