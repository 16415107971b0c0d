package org.clausewright.store;

import java.nio.file.Path;

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
        return path + where();
    }

    /** The problem with its file named in full, below {@code folder}: /home/a/model-code/clauses/x.json:7:13: … */
    public String in(Path folder) {
        return folder.resolve(path).normalize() + where();
    }

    private String where() {
        return line > 0 ? ":" + line + ":" + column + ": " + message : ": " + message;
    }
}
