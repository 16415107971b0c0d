package org.clausewright.ui.outline;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/** At most one pseudo-class of a group on a node (a row's kind, its status colour), changed only when it differs. */
final class OneOf {
    private final Node node;
    private PseudoClass on;

    OneOf(Node node) {
        this.node = node;
    }

    /** Puts {@code next} (null: none of the group) in place of the one the node had. */
    void set(PseudoClass next) {
        if (next == on) {
            return;
        }
        if (on != null) {
            node.pseudoClassStateChanged(on, false);
        }
        if (next != null) {
            node.pseudoClassStateChanged(next, true);
        }
        on = next;
    }

    /** The pseudo-class the node has of this group, or null. */
    PseudoClass get() {
        return on;
    }
}
