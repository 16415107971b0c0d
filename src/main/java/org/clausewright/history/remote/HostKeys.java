package org.clausewright.history.remote;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.eclipse.jgit.internal.transport.sshd.OpenSshServerKeyDatabase;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * The member's {@code known_hosts}, read and written by JGit's OpenSSH key database; this class only decides.
 * A host whose key is not there is refused and its fingerprint kept for the message, unless the member accepted
 * exactly that fingerprint, which is then added. A host whose key changed is always refused.
 */
final class HostKeys implements ServerKeyDatabase {
    private final OpenSshServerKeyDatabase known;
    private final String accepted;
    private volatile HostKeyRefusal refusal;

    HostKeys(Path knownHosts, String accepted) {
        this.known = new OpenSshServerKeyDatabase(false, List.of(knownHosts));
        this.accepted = accepted;
    }

    @Override
    public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
        return known.lookup(connectAddress, remoteAddress, config);
    }

    @Override
    public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
                          Configuration config, CredentialsProvider provider) {
        List<PublicKey> keys = known.lookup(connectAddress, remoteAddress, config);
        if (keys.stream().anyMatch(key -> KeyUtils.compareKeys(key, serverKey))) {
            return true;
        }
        String fingerprint = KeyUtils.getFingerPrint(BuiltinDigests.sha256, serverKey);
        if (keys.isEmpty() && fingerprint.equals(accepted)) {
            return known.accept(connectAddress, remoteAddress, serverKey, new AcceptNew(config), null);
        }
        refusal = new HostKeyRefusal(connectAddress, fingerprint, !keys.isEmpty());
        return false;
    }

    /** Why the last connection was refused, if it was for its host key. */
    HostKeyRefusal refusal() {
        return refusal;
    }

    /** The member's configuration, except that a new key is now to be added to known_hosts. */
    private record AcceptNew(Configuration config) implements Configuration {
        @Override
        public List<String> getUserKnownHostsFiles() {
            return config.getUserKnownHostsFiles();
        }

        @Override
        public List<String> getGlobalKnownHostsFiles() {
            return config.getGlobalKnownHostsFiles();
        }

        @Override
        public StrictHostKeyChecking getStrictHostKeyChecking() {
            return StrictHostKeyChecking.ACCEPT_NEW;
        }

        @Override
        public boolean getHashKnownHosts() {
            return config.getHashKnownHosts();
        }

        @Override
        public String getUsername() {
            return config.getUsername();
        }
    }
}
