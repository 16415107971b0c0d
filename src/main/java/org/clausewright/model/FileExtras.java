package org.clausewright.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link Extras} of the files whose top level is no object of the model: an annotations file (threads of one clause)
 * and the unplaced threads file. A newer Clausewright may write keys there too; they go back with the threads.
 *
 * @param annotations by clause id, for the annotations files that have any
 * @param unplaced    the unplaced threads file's
 */
public record FileExtras(Map<String, Extras> annotations, Extras unplaced) {
    public static final FileExtras NONE = new FileExtras(Map.of(), Extras.NONE);

    public FileExtras {
        annotations = Collections.unmodifiableSortedMap(new TreeMap<>(annotations));
        unplaced = unplaced == null ? Extras.NONE : unplaced;
    }

    /** The extras of the annotations file of {@code clauseId}; none when it has none. */
    public Extras annotationsOf(String clauseId) {
        return annotations.getOrDefault(clauseId, Extras.NONE);
    }
}
