package org.clausewright.history;

/** One project file that differs between two revisions; {@code path} is project-relative with '/'. */
public record PathChange(String path, Kind kind) {
    public enum Kind { ADDED, MODIFIED, DELETED }
}
