package org.clausewright.store;

/**
 * One thing wrong in one project file, where a person can find it: {@code clauses/x.json:7:13: …}.
 * Line and column are 1-based; 0 when the problem concerns the file as a whole.
 */
public record Problem(String path, int line, int column, String message) {
    public static Problem ofFile(String path, String message) {
        return new Problem(path, 0, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line + ":" + column + ": " + message : path + ": " + message;
    }
}
