package org.clausewright.docx;

import java.util.Comparator;
import java.util.function.Consumer;

/**
 * Something placed at an offset of a clause's exported text: a comment range boundary or a highlight switch.
 * At one offset, ends come before starts, so that touching ranges do not overlap.
 */
record Marker(int at, boolean isEnd, Consumer<ParagraphWriter> action) {
    static final Comparator<Marker> ORDER = Comparator.comparingInt(Marker::at)
            .thenComparing(m -> !m.isEnd());
}
