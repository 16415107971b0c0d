package org.clausewright.history.remote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host key that was not accepted.
 *
 * @param host        the host (and port) as connected to, e.g. {@code [git.example.org]:2222}
 * @param fingerprint the key's SHA256 fingerprint, {@code SHA256:…}, as {@code ssh-keygen -lf} shows it
 * @param changed     whether known_hosts has another key for the host (rather than none)
 */
public record HostKeyRefusal(String host, String fingerprint, boolean changed) {
    private static final Pattern WITH_PORT = Pattern.compile("\\[([^\\]]+)]:(\\d+)");

    /**
     * The host as a member reads it: known_hosts writes a port as {@code [host]:port}, shown as {@code host:port};
     * an IPv6 address, whose own colons need the brackets, keeps them. Inside an Arabic sentence the brackets also
     * made the bidirectional algorithm draw "[127.0.0.1]:18122" as "18122:[127.0.0.1]"; digits joined by dots and
     * a colon stay one left-to-right number.
     */
    public String shownHost() {
        Matcher m = WITH_PORT.matcher(host);
        return m.matches() && !m.group(1).contains(":") ? m.group(1) + ":" + m.group(2) : host;
    }
}
