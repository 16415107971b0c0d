package org.clausewright.model;

import java.util.List;

/**
 * The threads of a clause after its text changed, and what happened to each of their anchors.
 *
 * @param threads  the threads in their original order, anchors updated and detached flags set
 * @param outcomes one per thread, in the same order
 */
public record Reanchoring(List<AnnotationThread> threads, List<Outcome> outcomes) {
    public Reanchoring {
        threads = List.copyOf(threads);
        outcomes = List.copyOf(outcomes);
    }

    /**
     * @param moved       the anchor differs from before (offsets, quote or context)
     * @param wasDetached the thread was detached before this edit
     */
    public record Outcome(String threadId, AnchorMethod method, boolean moved, boolean wasDetached) {
        public boolean isDetached() {
            return method == AnchorMethod.DETACHED;
        }

        /** A detached thread whose words were found again. */
        public boolean reattached() {
            return wasDetached && !isDetached();
        }

        /** An attached thread whose words could not be found any more. */
        public boolean newlyDetached() {
            return !wasDetached && isDetached();
        }
    }

    /** Ids of the threads whose anchor was found by {@code method} and moved. */
    public List<String> moved(AnchorMethod method) {
        return outcomes.stream().filter(o -> o.moved() && o.method() == method).map(Outcome::threadId).toList();
    }

    public List<String> newlyDetached() {
        return outcomes.stream().filter(Outcome::newlyDetached).map(Outcome::threadId).toList();
    }

    public List<String> reattached() {
        return outcomes.stream().filter(Outcome::reattached).map(Outcome::threadId).toList();
    }

    /** True when some thread must be saved again: an anchor moved or a detached flag flipped. */
    public boolean changedAny() {
        return outcomes.stream().anyMatch(o -> o.moved() || o.reattached() || o.newlyDetached());
    }
}
