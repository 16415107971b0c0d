package org.clausewright.history.remote;

/**
 * An https server's certificate that was not trusted: signed by no authority this computer trusts (self-signed, an
 * organisation's own authority) and not trusted by the member for this repository either.
 *
 * @param server      the server as connected to, {@code https://host:port}
 * @param fingerprint the certificate's SHA-256 fingerprint, {@code AB:CD:…}, as {@code openssl x509 -fingerprint
 *                    -sha256} and browsers show it
 */
public record CertificateRefusal(String server, String fingerprint) {
}
