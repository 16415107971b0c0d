package org.clausewright.history.remote;

/**
 * A host key that was not accepted.
 *
 * @param host        the host (and port) as connected to, e.g. {@code [git.example.org]:2222}
 * @param fingerprint the key's SHA256 fingerprint, {@code SHA256:…}, as {@code ssh-keygen -lf} shows it
 * @param changed     whether known_hosts has another key for the host (rather than none)
 */
public record HostKeyRefusal(String host, String fingerprint, boolean changed) {
}
