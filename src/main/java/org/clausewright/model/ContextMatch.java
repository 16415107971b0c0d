package org.clausewright.model;

/** A place {@code [start, end)} where a quote was found, with how much of its old context is still next to it. */
record ContextMatch(int start, int end, int distance, int contextScore) {
}
