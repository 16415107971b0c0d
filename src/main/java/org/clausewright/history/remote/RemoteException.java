package org.clausewright.history.remote;

import org.clausewright.history.HistoryException;

/** A remote could not be reached or used; {@link #reason()} says why, the message says it in one line. */
public final class RemoteException extends HistoryException {
    public enum Reason {
        UNREACHABLE, NOT_FOUND, AUTHENTICATION, HOST_KEY_UNKNOWN, HOST_KEY_CHANGED, CERTIFICATE_UNTRUSTED, REJECTED,
        OTHER
    }

    private final Reason reason;
    private final HostKeyRefusal hostKey;
    private final CertificateRefusal certificate;

    public RemoteException(Reason reason, String message, HostKeyRefusal hostKey, Throwable cause) {
        this(reason, message, hostKey, null, cause);
    }

    public RemoteException(Reason reason, String message, HostKeyRefusal hostKey, CertificateRefusal certificate,
                           Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.hostKey = hostKey;
        this.certificate = certificate;
    }

    /** The refused https certificate, for {@link Reason#CERTIFICATE_UNTRUSTED}; else null. */
    public CertificateRefusal certificate() {
        return certificate;
    }

    public Reason reason() {
        return reason;
    }

    /** The refused host key, for {@link Reason#HOST_KEY_UNKNOWN} and {@link Reason#HOST_KEY_CHANGED}; else null. */
    public HostKeyRefusal hostKey() {
        return hostKey;
    }
}
