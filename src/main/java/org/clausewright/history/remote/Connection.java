package org.clausewright.history.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.TransportHttp;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

/**
 * Everything one operation with a remote needs: the login asked for at most once, the ssh client reading the
 * member's keys and known_hosts (never the JVM-wide default), and the translation of what went wrong into one
 * sentence with a {@link RemoteException.Reason}.
 */
final class Connection implements AutoCloseable {
    private final RemoteAccess access;
    private final AskingCredentials credentials;
    private final HostKeys hostKeys;
    private final KeyPassphrases passphrases;
    private final ServerCertificates certificates;
    private SshdSessionFactory ssh;

    /** @param trusted the https certificates the member trusted for the repository before, by fingerprint */
    Connection(RemoteAccess access, Set<String> trusted) {
        this.access = access;
        this.credentials = new AskingCredentials(CredentialStore.of(access), access.prompt());
        this.hostKeys = new HostKeys(access.sshFolder().resolve("known_hosts"), access.acceptedHostKey());
        this.passphrases = new KeyPassphrases(access.passphrases());
        Set<String> certificates = new HashSet<>(trusted);
        if (access.trustedCertificate() != null) {
            certificates.add(ServerCertificates.normalised(access.trustedCertificate()));
        }
        this.certificates = new ServerCertificates(certificates);
    }

    <C extends TransportCommand<C, ?>> C apply(C command) {
        command.setCredentialsProvider(credentials);
        command.setTransportConfigCallback(this::configure);
        return command;
    }

    void configure(Transport transport) {
        transport.setCredentialsProvider(credentials);
        if (transport instanceof TransportHttp http) {
            http.setHttpConnectionFactory(certificates);
        }
        if (transport instanceof SshTransport sshTransport) {
            sshTransport.setSshSessionFactory(ssh());
        }
    }

    private SshdSessionFactory ssh() {
        if (ssh == null) {
            SshdSessionFactoryBuilder builder = new SshdSessionFactoryBuilder();
            if (SshAgent.available()) {
                builder.setConnectorFactory(new SshAgent(ConnectorFactory.getDefault(), access.agentSocket()));
            }
            ssh = builder
                    .setHomeDirectory(access.home().toFile())
                    .setSshDirectory(access.sshFolder().toFile())
                    .setServerKeyDatabase((home, sshDir) -> hostKeys)
                    .setPreferredAuthentications("publickey")
                    .setKeyPasswordProvider(provider -> passphrases)
                    .build(new JGitKeyCache());
        }
        return ssh;
    }

    /** Keeps a login the server accepted, the way git keeps them. */
    void succeeded() throws RemoteException {
        try {
            credentials.settle();
        } catch (IOException e) {
            throw new RemoteException(RemoteException.Reason.OTHER, "the server accepted the password, but it could"
                    + " not be kept for next time (" + e.getMessage() + ")", null, e);
        }
    }

    /** Keeps, for the repository, the certificate the member trusted for this operation; once it served. */
    void keepTrust(org.eclipse.jgit.lib.StoredConfig config) throws RemoteException {
        try {
            TrustedCertificates.add(config, access.trustedCertificate());
        } catch (IOException e) {
            throw new RemoteException(RemoteException.Reason.OTHER, "the certificate you trusted served, but it could"
                    + " not be noted in .git/config for next time (" + e.getMessage() + ")", null, e);
        }
    }

    /** What went wrong reaching {@code url}, in one sentence. */
    RemoteException failure(String url, Exception e) {
        String where = shown(url);
        CertificateRefusal certificate = certificates.refusal();
        if (certificate != null) {
            return new RemoteException(RemoteException.Reason.CERTIFICATE_UNTRUSTED, "the certificate of "
                    + certificate.server() + " is signed by no authority this computer trusts; its SHA-256"
                    + " fingerprint is " + certificate.fingerprint() + "; trust it for this project only if the"
                    + " server's administrator confirms that fingerprint", null, certificate, e);
        }
        HostKeyRefusal refusal = hostKeys.refusal();
        if (refusal != null && refusal.changed()) {
            return new RemoteException(RemoteException.Reason.HOST_KEY_CHANGED, "the host key of " + refusal.host()
                    + " has changed (it is now " + refusal.fingerprint() + "): this can be an attack, or a"
                    + " reinstalled server; ask the server's administrator, then remove the old key from "
                    + access.sshFolder().resolve("known_hosts"), refusal, e);
        }
        if (refusal != null) {
            return new RemoteException(RemoteException.Reason.HOST_KEY_UNKNOWN, "the host " + refusal.host()
                    + " is not known yet: its key's fingerprint is " + refusal.fingerprint()
                    + "; accept it only if the server's administrator confirms that fingerprint", refusal, e);
        }
        KeyPassphrases.Refusal key = passphrases.refusal();
        if (key != null && key.wrong()) {
            return new RemoteException(RemoteException.Reason.AUTHENTICATION, "the passphrase given for the ssh key "
                    + key.key() + " is not its passphrase; nothing was exchanged with " + where + ": try again",
                    null, e);
        }
        if (key != null) {
            return new RemoteException(RemoteException.Reason.AUTHENTICATION, "the ssh key " + key.key() + " has a"
                    + " passphrase and none was given; nothing was exchanged with " + where + ": type it when asked,"
                    + " or add the key to the ssh agent (ssh-add " + key.key() + ") so that it is not asked for", null,
                    e);
        }
        if (credentials.storeFailure().isPresent()) {
            return new RemoteException(RemoteException.Reason.OTHER, "the password for " + where + " could not be"
                    + " read from where git keeps passwords (" + credentials.storeFailure().get().getMessage() + ")",
                    null, e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return new RemoteException(RemoteException.Reason.UNREACHABLE, "cannot reach " + where
                        + ": no such host; check the address and the network", null, e);
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException) {
                return new RemoteException(RemoteException.Reason.UNREACHABLE, "cannot reach " + where
                        + " (" + plain(cause.getMessage(), "no answer") + "); check the address, the network and"
                        + " that the server is running", null, e);
            }
            if (cause instanceof NoRemoteRepositoryException) {
                return new RemoteException(RemoteException.Reason.NOT_FOUND, where + " has no repository at that"
                        + " address; check the address", null, e);
            }
        }
        String said = allMessages(e);
        if (said.contains("not authorized") || said.contains("authentication") || said.contains("auth fail")
                || said.contains("credentialsprovider") || said.contains("401")) {
            String what = url.startsWith("http") ? "the user name and password (or token)" : "the ssh key";
            String more = url.startsWith("http") ? (credentials.used() ? "" : " and none was given")
                    : "; check that your public key in " + access.sshFolder() + " is on the server" + (hasAgent()
                    ? " (or one the ssh agent holds: ssh-add -l lists them)"
                    : " (no ssh agent was used: SSH_AUTH_SOCK names none)");
            return new RemoteException(RemoteException.Reason.AUTHENTICATION, where + " refused " + what + more,
                    null, e);
        }
        if (said.contains("connection refused") || said.contains("connect timed out")
                || said.contains("cannot open") && said.contains("connection")) {
            return new RemoteException(RemoteException.Reason.UNREACHABLE, "cannot reach " + where
                    + "; check the address, the network and that the server is running", null, e);
        }
        if (said.contains("not found") || said.contains("does not appear to be a git repository")
                || said.contains("not a git repository") || said.contains("repository not found")) {
            return new RemoteException(RemoteException.Reason.NOT_FOUND, where + " has no repository at that"
                    + " address; check the address", null, e);
        }
        return new RemoteException(RemoteException.Reason.OTHER, "could not exchange versions with " + where
                + " (" + plain(e.getMessage(), e.getClass().getSimpleName()) + ")", null, e);
    }

    private boolean hasAgent() {
        return access.agentSocket() != null && SshAgent.available();
    }

    /** The address without a password that may be written into it. */
    static String shown(String url) {
        try {
            URIish uri = new URIish(url);
            return uri.getPass() == null ? url : uri.setPass(null).toString();
        } catch (java.net.URISyntaxException e) {
            return url;
        }
    }

    private static String allMessages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = e; cause != null && all.length() < 4000; cause = cause.getCause()) {
            all.append(cause.getMessage()).append(' ');
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static String plain(String message, String otherwise) {
        return message == null || message.isBlank() ? otherwise : message;
    }

    @Override
    public void close() {
        if (ssh != null) {
            ssh.close();
        }
    }
}
