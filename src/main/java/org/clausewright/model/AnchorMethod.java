package org.clausewright.model;

/** How an annotation anchor was found again after its clause's text changed, strongest first. */
public enum AnchorMethod {
    /** The quote is where the edit put it (or still at its recorded offsets); whole-clause anchors too. */
    EXACT,
    /** The exact quote was found elsewhere, chosen by its surrounding words and then by closeness. */
    QUOTE,
    /** Words close to the quote were found; the anchor now quotes those words. */
    FUZZY,
    /** Not found: the anchor is kept exactly as it was last seen. */
    DETACHED
}
