package org.clausewright.store;

import java.io.IOException;

/**
 * A file that is not one JSON value, with where and why in words a person can act on (never the parser's
 * developer hints). Line and column are 1-based, 0 when the parser could not say.
 */
public final class UnreadableJson extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    UnreadableJson(int line, int column, String message) {
        super(message);
        this.line = Math.max(line, 0);
        this.column = line > 0 ? Math.max(column, 0) : 0;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The problem in file {@code path}: {@code path:line:column: message}. */
    public Problem at(String path) {
        return line > 0 ? new Problem(path, line, column, getMessage()) : Problem.ofFile(path, getMessage());
    }
}
