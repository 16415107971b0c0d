package org.clausewright.ui.editor;

import javafx.event.EventHandler;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * A click or drag in a right-to-left paragraph, handed to RichTextFX where it expects it. RichTextFX finds the
 * character under the mouse by giving the paragraph's TextFlow the point as the paragraph box sees it; a
 * right-to-left TextFlow counts its x from the right, so the caret landed at the mirror image of the click.
 * The event is sent on again with its x mirrored inside that paragraph, which is the point the TextFlow
 * would have been given had RichTextFX asked it in its own coordinates.
 */
final class RightToLeftClicks implements EventHandler<MouseEvent> {
    private final StyleClassedTextArea area;
    private boolean resending;

    private RightToLeftClicks(StyleClassedTextArea area) {
        this.area = area;
    }

    static void install(StyleClassedTextArea area) {
        area.addEventFilter(MouseEvent.ANY, new RightToLeftClicks(area));
    }

    @Override
    public void handle(MouseEvent event) {
        if (resending || event.getEventType() == MouseEvent.MOUSE_MOVED
                || event.getEventType() == MouseEvent.MOUSE_ENTERED || event.getEventType() == MouseEvent.MOUSE_EXITED) {
            return;
        }
        TextFlow flow = flowUnder(event.getPickResult().getIntersectedNode());
        if (flow == null || flow.getEffectiveNodeOrientation() != NodeOrientation.RIGHT_TO_LEFT) {
            return;
        }
        // the point in the flow's own (right-to-left) coordinates, and where the flow's left edge is in the area
        Point2D own = flow.sceneToLocal(event.getSceneX(), event.getSceneY());
        Point2D left = area.sceneToLocal(flow.localToScene(flow.getLayoutBounds().getMaxX(), own.getY()));
        Point2D inArea = new Point2D(left.getX() + own.getX(), area.sceneToLocal(event.getSceneX(), event.getSceneY()).getY());
        Point2D scene = area.localToScene(inArea);
        Point2D screen = area.localToScreen(inArea);
        event.consume();
        // with a node as its source, an event's x and y are in that node's coordinates
        MouseEvent mirrored = new MouseEvent(area, area, event.getEventType(), inArea.getX(), inArea.getY(),
                screen == null ? event.getScreenX() : screen.getX(), event.getScreenY(), event.getButton(),
                event.getClickCount(), event.isShiftDown(), event.isControlDown(), event.isAltDown(),
                event.isMetaDown(), event.isPrimaryButtonDown(), event.isMiddleButtonDown(),
                event.isSecondaryButtonDown(), event.isBackButtonDown(), event.isForwardButtonDown(),
                event.isSynthesized(), event.isPopupTrigger(), event.isStillSincePress(),
                new PickResult(flow, scene.getX(), scene.getY()));
        resending = true;
        try {
            area.fireEvent(mirrored);
        } finally {
            resending = false;
        }
    }

    private TextFlow flowUnder(Node node) {
        for (Node n = node; n != null && n != area; n = n.getParent()) {
            if (n instanceof TextFlow flow) {
                return flow;
            }
        }
        return null;
    }
}
