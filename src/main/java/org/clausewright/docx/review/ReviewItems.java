package org.clausewright.docx.review;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.UnplacedThread;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything read from a review before it is compared with what the project already has. */
final class ReviewItems {
    final Map<String, List<AnnotationThread>> placed = new LinkedHashMap<>();
    final List<UnplacedThread> unplaced = new ArrayList<>();
    int alreadyApplied;

    void place(String clauseId, AnnotationThread thread) {
        placed.computeIfAbsent(clauseId, k -> new ArrayList<>()).add(thread);
    }
}
