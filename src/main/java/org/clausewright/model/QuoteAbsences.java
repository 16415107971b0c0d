package org.clausewright.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * For detached anchors, the text each was last searched for in vain: not one exact or approximate occurrence
 * of its quote. After an edit of that text, the quote can only have appeared where the edit was, so the next
 * search needs to look there alone ({@link AnchorRelocator#relocateAll(String, String, java.util.List,
 * QuoteAbsences)}). What it holds is knowledge, not state: forgetting it only makes the next search whole again.
 * One per editor; anchors that are no longer used are let go.
 */
public final class QuoteAbsences {
    private final Map<TextAnchor, String> searchedInVain = Collections.synchronizedMap(new WeakHashMap<>());

    /** Whether the anchor's quote is known to occur nowhere in {@code text}, not even approximately. */
    boolean absentFrom(TextAnchor anchor, String text) {
        String known = searchedInVain.get(anchor);
        return known != null && known.equals(text);
    }

    void noteAbsent(TextAnchor anchor, String text) {
        searchedInVain.put(anchor, text);
    }

    /** Whether some detached thread's quote has not been searched for in {@code text} yet. */
    public boolean anyUnsearched(String text, List<AnnotationThread> threads) {
        for (AnnotationThread t : threads) {
            if (t.detached() && !t.anchor().isWholeClause() && !absentFrom(t.anchor(), text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Searches {@code text} for the detached threads' quotes not searched for in it yet, and notes those found
     * nowhere. Changes no thread; safe on any thread, so an editor can do it in the background when a clause
     * is opened, and the first keystroke then looks only where it typed.
     */
    public void learn(String text, List<AnnotationThread> threads) {
        for (AnnotationThread t : threads) {
            if (t.detached() && !t.anchor().isWholeClause() && !absentFrom(t.anchor(), text)
                    && AnchorRelocator.absent(t.anchor().quote(), text)) {
                noteAbsent(t.anchor(), text);
            }
        }
    }
}
