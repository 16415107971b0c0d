package org.clausewright.model;

import java.util.Objects;

/**
 * Where one anchor was found again. For {@link AnchorMethod#DETACHED} the anchor is the one last seen,
 * unchanged, so its offsets may lie outside the new text.
 */
public record Relocation(TextAnchor anchor, AnchorMethod method) {
    public Relocation {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(method, "method");
    }

    public boolean isDetached() {
        return method == AnchorMethod.DETACHED;
    }
}
