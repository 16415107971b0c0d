package org.clausewright.model;

/** What a part holds, in order: clauses and sections, numbered together. */
public sealed interface OutlineItem permits ClauseRef, Section {
}
