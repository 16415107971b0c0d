package org.clausewright.ui.editor;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.negotiation.BracketsView;
import org.clausewright.ui.negotiation.NegotiationViewModel;

/** Centre of the window: number and heading, the clause text, its brackets, and its details in a form below. */
public final class ClauseEditorView {
    /** Lines of clause text the panels below never take away; past them the editor scrolls instead. */
    private static final double TEXT_MIN_HEIGHT = 170;
    private final javafx.scene.control.ScrollPane root;
    private final ClauseTextArea text;
    private final TextField heading = new TextField();

    public ClauseEditorView(ClauseEditorViewModel model, NegotiationViewModel negotiation, ProjectViewModel document) {
        Messages messages = document.messages();
        Label number = new Label();
        number.setId("clause-number");
        number.getStyleClass().add("clause-number");
        number.textProperty().bind(model.numberProperty());
        heading.setId("clause-heading");
        heading.getStyleClass().add("clause-heading");
        heading.setPromptText(messages.get("editor.heading"));
        heading.textProperty().bindBidirectional(model.headingProperty());
        heading.editableProperty().bind(model.editableProperty());
        HBox title = new HBox(10, number, heading);
        HBox.setHgrow(heading, Priority.ALWAYS);

        text = new ClauseTextArea(model, document);
        VBox.setVgrow(text.node(), Priority.ALWAYS);
        ((javafx.scene.layout.Region) text.node()).setMinHeight(TEXT_MIN_HEIGHT);
        Label brackets = new Label();
        brackets.setId("clause-bracket-warning");
        brackets.getStyleClass().add("bracket-warning");
        brackets.setWrapText(true);
        brackets.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        brackets.textProperty().bind(model.bracketWarningProperty());
        brackets.visibleProperty().bind(model.bracketWarningProperty().isNotEmpty());
        brackets.managedProperty().bind(brackets.visibleProperty());

        TitledPane details = new TitledPane(messages.get("editor.details"), new DetailsForm(model, negotiation, new AddressesViewModel(document), messages).node());
        details.setId("clause-details");
        details.setExpanded(true);
        Node bracketCards = new BracketsView(negotiation, messages, document.isReadOnly()).node();
        VBox column = new VBox(8, title, text.node(), brackets, bracketCards, details);
        column.setPadding(new Insets(10));
        // the text grows into the height the panels leave; when they leave too little, the column scrolls as a whole
        root = new javafx.scene.control.ScrollPane(column);
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("edge-to-edge");
        root.setId("clause-editor");
    }

    public Node node() {
        return root;
    }

    /** Puts the cursor in the heading with all of it selected, so that typing replaces it (a new clause). */
    public void editHeading() {
        heading.requestFocus();
        heading.selectAll();
    }

    /** The text area, for selecting words to annotate and for focus. */
    public org.fxmisc.richtext.StyleClassedTextArea textArea() {
        return text.area();
    }
}
