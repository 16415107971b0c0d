package org.clausewright.ui.editor;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Right-to-left paragraphs in a RichTextFX area. The area and its paragraphs stay left to right: turned right
 * to left, the area puts the caret and the selection in the wrong places (RichTextFX issues #836 and #1170),
 * and a right-to-left paragraph (TextFlow) in JavaFX 21 loses words of its wrapped lines and places clicks
 * wrongly (seen under Xvfb). JavaFX orders the Arabic words of a left-to-right paragraph right to left and
 * joins their letters; a paragraph whose first strong letter is Arabic is aligned to the right, and in it the
 * arrow keys move the caret the way they point (left is onward in the text). RichTextFX has no per-paragraph
 * hook for this, so an empty paragraph graphic, made for each paragraph as it is shown, aligns the TextFlow
 * beside it. See docs/decisions/right-to-left-text.md.
 */
final class ParagraphDirections {
    private final StyleClassedTextArea area;
    private final BooleanSupplier windowRightToLeft;

    private ParagraphDirections(StyleClassedTextArea area, BooleanSupplier windowRightToLeft) {
        this.area = area;
        this.windowRightToLeft = windowRightToLeft;
    }

    /**
     * Makes {@code area}'s paragraphs run as their text does; {@code window} tells the window's direction. The area
     * asks the result where a click lands ({@link #besideLine}).
     */
    static ParagraphDirections install(StyleClassedTextArea area, Node window) {
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
                directions.arrow(KeyCode.LEFT, true, true), directions.arrow(KeyCode.RIGHT, true, false),
                directions.word(KeyCode.LEFT, false, true), directions.word(KeyCode.RIGHT, false, false),
                directions.word(KeyCode.LEFT, true, true), directions.word(KeyCode.RIGHT, true, false)));
        return directions;
    }

    /**
     * Where a click at {@code x, y} (the area's coordinates) lands, given where RichTextFX's hit test put it: in the
     * empty space beside a line of a right-to-left paragraph, the line's end when left of it (the way the line reads,
     * past its last word) and its start when right of it. RichTextFX asks the paragraph's left-to-right layout, which
     * put such a click before the full stop at the paragraph's end, or after the space where a line wraps, showing the
     * caret at the start of the next line.
     */
    CharacterHit besideLine(CharacterHit hit, double x, double y) {
        int paragraph = area.offsetToPosition(hit.getInsertionIndex(), TwoDimensional.Bias.Backward).getMajor();
        String text = area.getParagraph(paragraph).getText();
        Point2D click = area.localToScreen(x, y);
        if (text.isEmpty() || click == null || !rightToLeft(paragraph)) {
            return hit;
        }
        int offset = area.getAbsolutePosition(paragraph, 0);
        Line line = Line.at(area, offset, text, click.getY());
        if (line == null) {
            return hit;
        }
        Optional<Bounds> drawn = area.getCharacterBoundsOnScreen(offset + line.start(), offset + line.end());
        if (drawn.isPresent() && click.getX() < drawn.get().getMinX()) {
            return CharacterHit.insertionAt(offset + line.end());
        }
        if (drawn.isPresent() && click.getX() > drawn.get().getMaxX()) {
            return CharacterHit.insertionAt(offset + line.start());
        }
        return hit;
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
        TextAlignment alignment = rightToLeft(index) ? TextAlignment.RIGHT : TextAlignment.LEFT;
        mark.parentProperty().addListener((o, old, box) -> align(box, alignment));
        return mark;
    }

    private static void align(Parent box, TextAlignment alignment) {
        if (box != null) {
            box.getChildrenUnmodifiable().stream().filter(TextFlow.class::isInstance)
                    .forEach(flow -> ((TextFlow) flow).setTextAlignment(alignment));
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

    /**
     * Ctrl+Left (onward, past the end of the next word) and Ctrl+Right (back, to the start of the word before), with
     * Shift selecting: as the plain arrows, they move the way they point in a right-to-left paragraph.
     */
    private InputMap<KeyEvent> word(KeyCode key, boolean shift, boolean onward) {
        EventPattern<javafx.event.Event, KeyEvent> pattern = shift
                ? EventPattern.keyPressed(key, javafx.scene.input.KeyCombination.SHORTCUT_DOWN,
                        javafx.scene.input.KeyCombination.SHIFT_DOWN)
                : EventPattern.keyPressed(key, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
        SelectionPolicy policy = shift ? SelectionPolicy.ADJUST : SelectionPolicy.CLEAR;
        return InputMap.consumeWhen(pattern, () -> rightToLeft(area.getCurrentParagraph()), e -> {
            int caret = area.getCaretPosition();
            // a space beside the caret is a break of its own: skip it and the word beyond, as the area does
            if (onward && caret < area.getLength()) {
                area.wordBreaksForwards(Character.isWhitespace(area.getText().charAt(caret)) ? 2 : 1, policy);
            } else if (!onward && caret > 0) {
                area.wordBreaksBackwards(Character.isWhitespace(area.getText().charAt(caret - 1)) ? 2 : 1, policy);
            }
        });
    }
}
