package org.clausewright.ui.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clausewright.history.Version;
import org.clausewright.history.remote.CertificateRefusal;
import org.clausewright.history.remote.HostKeyRefusal;
import org.clausewright.history.remote.Login;
import org.clausewright.ui.merge.MergeResultsViewModel;

/** The questions sync and bundles ask the member; tests answer them without a window. */
public interface SyncDialogs {
    /** A user name and password or token for {@code server}; empty when the member cancels. On the UI thread. */
    Optional<Login> askLogin(String server, String user);

    /** Whether to trust an ssh server's key the member has not accepted before, shown with its fingerprint. */
    boolean acceptHostKey(HostKeyRefusal key);

    /** The passphrase of the ssh key in {@code key}; empty when the member cancels. On the UI thread. */
    Optional<char[]> askPassphrase(Path key);

    /**
     * Whether to trust, for this project, an https server's certificate that no authority this computer trusts
     * vouches for, shown with its SHA-256 fingerprint.
     */
    boolean trustCertificate(CertificateRefusal certificate);

    /** What a sync or an applied file did, one line each, under {@code title}. */
    void showResult(String title, List<String> lines);

    /** The conflicts a merge listed, base, this site's and the other's side by side, to choose one by one. */
    void showMergeResults(MergeResultsViewModel results);

    /** The remotes of the project, to list, add and remove. */
    void editRemotes(RemotesViewModel remotes);

    /**
     * Which versions to send: those after the chosen one (which the other site has), or all of them; empty when
     * cancelled. {@code name} is each version's name as the member reads it (as History names it).
     */
    Optional<SendChoice> askSince(List<Version> versions, java.util.function.Function<Version, String> name);

    /** Every version ({@code since} null) or the versions after {@code since}. */
    record SendChoice(Version since) {
    }
}
