package org.clausewright.store;

import java.io.IOException;

/** A save refused before any file was written, because a text is longer than a field may hold. */
public final class TextTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    TextTooLongException(String message) {
        super(message);
    }
}
