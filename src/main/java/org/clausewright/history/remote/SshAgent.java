package org.clausewright.history.remote;

import java.io.File;
import java.io.IOException;
import java.util.Collection;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

/**
 * The ssh agent of one operation: JGit's own connector (the agent module, found as JGit's default connector
 * factory), pointed at the socket the member's session names ({@link RemoteAccess#agentSocket()}, from
 * SSH_AUTH_SOCK) rather than at whatever this process's environment says, so that tests and the window decide which
 * agent is asked. An IdentityAgent in ~/.ssh/config still wins, as with OpenSSH.
 */
final class SshAgent implements ConnectorFactory {
    private final ConnectorFactory jgit;
    private final String socket;

    SshAgent(ConnectorFactory jgit, String socket) {
        this.jgit = jgit;
        this.socket = socket;
    }

    /** Whether JGit's agent connector is on the class path and works on this system. */
    static boolean available() {
        ConnectorFactory jgit = ConnectorFactory.getDefault();
        return jgit != null && jgit.isSupported();
    }

    @Override
    public Connector create(String identityAgent, File homeDir) throws IOException {
        if (identityAgent != null && !identityAgent.isBlank()) {
            return jgit.create(identityAgent, homeDir);
        }
        return socket == null ? new NoAgent() : jgit.create(socket, homeDir);
    }

    @Override
    public boolean isSupported() {
        return jgit.isSupported();
    }

    @Override
    public String getName() {
        return jgit.getName();
    }

    @Override
    public Collection<ConnectorDescriptor> getSupportedConnectors() {
        return jgit.getSupportedConnectors();
    }

    @Override
    public ConnectorDescriptor getDefaultConnector() {
        return jgit.getDefaultConnector();
    }

    /** No agent for this operation: JGit then signs only with the key files in ~/.ssh. */
    private static final class NoAgent implements Connector {
        @Override
        public boolean connect() {
            return false;
        }

        @Override
        public byte[] rpc(byte command, byte[] message) throws IOException {
            throw new IOException("no ssh agent is used for this operation");
        }

        @Override
        public void close() {
            // nothing was opened
        }
    }
}
