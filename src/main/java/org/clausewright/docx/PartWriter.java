package org.clausewright.docx;

import java.io.IOException;

/**
 * The markup of a part other than the body (footnotes, comments) written as text and handed on a piece at a time to
 * be deflated beside the writing ({@link DeflatedPart}), as the body's is. A compilation's 5,000 footnotes are
 * 2.7 MB of markup: POI's part stream held them, copied them and deflated them on the exporting thread, about an
 * eighth of its time (docs/decisions/start-up-work.md). Nothing is deflated, and no thread started, until the part
 * has something in it.
 */
final class PartWriter implements AutoCloseable {
    /** Large enough to deflate well, small enough that the deflating keeps up with the writing. */
    private static final int PIECE = 256 << 10;

    private final String head;
    private StringBuilder xml = new StringBuilder(1 << 12);
    private DeflatedPart deflated;

    /** @param head what the part starts with, written before its first element */
    PartWriter(String head) {
        this.head = head;
    }

    /** The markup being written; append whole elements, then call {@link #elementEnded()}. */
    StringBuilder xml() {
        return xml;
    }

    /** Hands on what was written once it makes a piece; call between elements only, so no piece ends inside one. */
    void elementEnded() {
        if (xml.length() >= PIECE) {
            DeflatedPart part = started();
            part.add(xml);
            xml = part.nextPiece(PIECE + (PIECE >> 2));
        }
    }

    /** Whether nothing was written. */
    boolean isEmpty() {
        return deflated == null && xml.isEmpty();
    }

    /** Ends the part with {@code tail} and returns it deflated; once only. */
    DeflatedPart finish(String tail) throws IOException {
        DeflatedPart part = started();
        part.finish(xml.append(tail));
        xml = new StringBuilder();
        return part;
    }

    private DeflatedPart started() {
        if (deflated == null) {
            deflated = new DeflatedPart();
            deflated.add(head);
        }
        return deflated;
    }

    @Override
    public void close() {
        if (deflated != null) {
            deflated.close();
        }
    }
}
