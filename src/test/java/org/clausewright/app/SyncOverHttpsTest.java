package org.clausewright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.clausewright.history.remote.CredentialPrompt;
import org.clausewright.history.remote.Login;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.RemoteException;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.servers.BareRepositories;
import org.clausewright.servers.HttpGitServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * https through lighttpd's TLS with a self-signed certificate: refused with its fingerprint until the member trusts
 * exactly that certificate for the project; then clone and sync with basic authentication.
 */
class SyncOverHttpsTest {
    private static final String PASSWORD = "correct horse";
    private static HttpGitServer server;

    @TempDir
    static Path serverDir;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws Exception {
        server = HttpGitServer.startTls(serverDir, "ingrid", PASSWORD);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private RemoteAccess access(AtomicInteger asked) throws Exception {
        CredentialPrompt member = (address, user) -> {
            asked.incrementAndGet();
            return Optional.of(new Login("ingrid", PASSWORD));
        };
        return new RemoteAccess(Files.createDirectories(temp.resolve("home")), member, null, Optional.empty());
    }

    @Test
    void anUntrustedCertificateIsRefusedWithTheServerAndItsFingerprintAndNothingIsCopied() throws Exception {
        String url = server.newRepository("refused");
        String fingerprint = server.certificateFingerprint();
        AtomicInteger asked = new AtomicInteger();
        Path copy = temp.resolve("copy");
        String host = url.substring(0, url.indexOf("/git/"));

        assertThatThrownBy(() -> ProjectClone.clone(url, copy, access(asked), TransferProgress.NONE))
                .isInstanceOfSatisfying(RemoteException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RemoteException.Reason.CERTIFICATE_UNTRUSTED);
                    assertThat(e.certificate().fingerprint()).isEqualTo(fingerprint);
                    assertThat(e.certificate().server()).isEqualTo(host);
                })
                .hasMessage("the certificate of " + host + " is signed by no authority this computer trusts; its"
                        + " SHA-256 fingerprint is " + fingerprint + "; trust it for this project only if the server's"
                        + " administrator confirms that fingerprint");
        assertThat(asked).as("no password is sent to a server not trusted").hasValue(0);
        assertThat(copy).doesNotExist();

        // trusting another certificate is no trust in this one
        String other = fingerprint.substring(0, fingerprint.length() - 2)
                + (fingerprint.endsWith("00") ? "01" : "00");
        assertThatThrownBy(() -> ProjectClone.clone(url, copy, access(asked).trustingCertificate(other),
                TransferProgress.NONE)).isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.reason())
                .isEqualTo(RemoteException.Reason.CERTIFICATE_UNTRUSTED));
        assertThat(copy).doesNotExist();
    }

    @Test
    void onceTrustedForTheProjectCloneAndSyncWorkWithBasicAuthentication() throws Exception {
        String url = server.newRepository("trusted");
        String fingerprint = server.certificateFingerprint();
        Path chair = Sites.sample(temp.resolve("chair"));
        SiteRemotes.add(chair, "origin", url);
        AtomicInteger asked = new AtomicInteger();

        assertThatThrownBy(() -> Sites.sync(chair, access(asked))).isInstanceOf(RemoteException.class);
        // as pasted from openssl's output, in lower case
        assertThat(Sites.sync(chair, access(asked).trustingCertificate("sha256 Fingerprint="
                + fingerprint.toLowerCase(java.util.Locale.ROOT))).sent()).hasSize(4);
        assertThat(Files.readString(chair.resolve(".git/config"))).contains("trustedCertificate = " + fingerprint);
        // trusted from then on, for this project
        Sites.editAndRecord(chair, "smallest number", "fewest", "Chair");
        assertThat(Sites.sync(chair, access(asked)).sent()).hasSize(1);

        Path oslo = temp.resolve("oslo");
        ProjectClone.clone(url, oslo, access(asked).trustingCertificate(fingerprint), TransferProgress.NONE);
        assertThat(Sites.clause(oslo)).contains("fewest");
        Sites.editAndRecord(oslo, "fewest", "fewest possible", "Ingrid Solberg");
        assertThat(Sites.sync(oslo, access(asked)).sent()).hasSize(1);
        assertThat(Sites.sync(chair, access(asked)).received()).hasSize(1);
        assertThat(Sites.clause(chair)).contains("fewest possible");
        // another project on this computer has not trusted it
        Path elsewhere = Sites.sample(temp.resolve("elsewhere"));
        SiteRemotes.add(elsewhere, "origin", server.newRepository("elsewhere"));
        assertThatThrownBy(() -> Sites.sync(elsewhere, access(asked))).isInstanceOfSatisfying(RemoteException.class,
                e -> assertThat(e.reason()).isEqualTo(RemoteException.Reason.CERTIFICATE_UNTRUSTED));
        BareRepositories.fsck(server.repository("trusted"));
    }
}
