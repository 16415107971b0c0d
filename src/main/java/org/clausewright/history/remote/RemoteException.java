package org.clausewright.history.remote;

import org.clausewright.history.HistoryException;

/** A remote could not be reached or used; {@link #reason()} says why, the message says it in one line. */
public final class RemoteException extends HistoryException {
    public enum Reason { UNREACHABLE, NOT_FOUND, AUTHENTICATION, HOST_KEY_UNKNOWN, HOST_KEY_CHANGED, REJECTED, OTHER }

    private final Reason reason;
    private final HostKeyRefusal hostKey;

    public RemoteException(Reason reason, String message, HostKeyRefusal hostKey, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.hostKey = hostKey;
    }

    public Reason reason() {
        return reason;
    }

    /** The refused host key, for {@link Reason#HOST_KEY_UNKNOWN} and {@link Reason#HOST_KEY_CHANGED}; else null. */
    public HostKeyRefusal hostKey() {
        return hostKey;
    }
}
