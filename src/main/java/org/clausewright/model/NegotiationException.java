package org.clausewright.model;

/** A step negotiating practice does not allow, said in one sentence a member can act on. */
public final class NegotiationException extends Exception {
    private static final long serialVersionUID = 1L;

    public NegotiationException(String message) {
        super(message);
    }
}
