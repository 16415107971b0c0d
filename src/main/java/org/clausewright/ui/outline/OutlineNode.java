package org.clausewright.ui.outline;

import java.util.List;

/** A row and the rows under it, as the tree shows them. */
public record OutlineNode(OutlineRow row, List<OutlineNode> children) {
    public OutlineNode {
        children = List.copyOf(children);
    }
}
