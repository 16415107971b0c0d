package org.clausewright.ui.editor;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

import java.util.function.BooleanSupplier;

/**
 * Right-to-left paragraphs in a RichTextFX area. The area itself stays left to right: turned right to left it
 * puts the caret and the selection in the wrong places (RichTextFX issues #836 and #1170). Each paragraph's
 * own TextFlow runs the way its first strong letter says instead; the caret, the selection and the highlights
 * are drawn inside that TextFlow, so they follow it. RichTextFX has no per-paragraph hook for this, so an empty
 * paragraph graphic, made for each paragraph as it is shown, turns the TextFlow beside it. In a right-to-left
 * paragraph the arrow keys move the caret the way they point (left is onward in the text).
 * See docs/decisions/right-to-left-text.md.
 */
final class ParagraphDirections {
    private final StyleClassedTextArea area;
    private final BooleanSupplier windowRightToLeft;

    private ParagraphDirections(StyleClassedTextArea area, BooleanSupplier windowRightToLeft) {
        this.area = area;
        this.windowRightToLeft = windowRightToLeft;
    }

    /** Makes {@code area}'s paragraphs run as their text does; {@code window} tells the window's direction. */
    static void install(StyleClassedTextArea area, Node window) {
        area.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        ParagraphDirections directions = new ParagraphDirections(area,
                () -> window.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT);
        area.setParagraphGraphicFactory(directions::mark);
        // the paragraphs already shown were made before the area knew which way the window runs
        window.effectiveNodeOrientationProperty().addListener((o, old, now) -> {
            area.setParagraphGraphicFactory(null);
            area.setParagraphGraphicFactory(directions::mark);
        });
        Nodes.addInputMap(area, InputMap.sequence(
                directions.arrow(KeyCode.LEFT, false, true), directions.arrow(KeyCode.RIGHT, false, false),
                directions.arrow(KeyCode.LEFT, true, true), directions.arrow(KeyCode.RIGHT, true, false)));
    }

    /** Whether paragraph {@code index} runs right to left. */
    boolean rightToLeft(int index) {
        return index < area.getParagraphs().size()
                && TextDirection.rightToLeft(area.getParagraph(index).getText(), windowRightToLeft.getAsBoolean());
    }

    private Node mark(int index) {
        Region mark = new Region();
        mark.setManaged(false);
        mark.getStyleClass().add("paragraph-direction");
        NodeOrientation orientation = rightToLeft(index) ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT;
        mark.parentProperty().addListener((o, old, box) -> turn(box, orientation));
        return mark;
    }

    private static void turn(Parent box, NodeOrientation orientation) {
        if (box != null) {
            box.getChildrenUnmodifiable().stream().filter(TextFlow.class::isInstance)
                    .forEach(flow -> flow.setNodeOrientation(orientation));
        }
    }

    /** Left (towards the end of a right-to-left paragraph) and right (towards its start), with Shift selecting. */
    private InputMap<KeyEvent> arrow(KeyCode key, boolean shift, boolean onward) {
        EventPattern<javafx.event.Event, KeyEvent> pattern = shift ? EventPattern.keyPressed(key,
                javafx.scene.input.KeyCombination.SHIFT_DOWN) : EventPattern.keyPressed(key);
        SelectionPolicy policy = shift ? SelectionPolicy.ADJUST : SelectionPolicy.CLEAR;
        return InputMap.consumeWhen(pattern, () -> rightToLeft(area.getCurrentParagraph()), e -> {
            if (onward) {
                area.nextChar(policy);
            } else {
                area.previousChar(policy);
            }
        });
    }
}
