package org.clausewright.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.clausewright.history.Version;
import org.clausewright.history.remote.CertificateRefusal;
import org.clausewright.history.remote.HostKeyRefusal;
import org.clausewright.history.remote.Login;
import org.clausewright.ui.merge.MergeResultsViewModel;
import org.clausewright.ui.sync.RemotesViewModel;
import org.clausewright.ui.sync.SyncDialogs;

/** Sync's dialogs answered by a test: the answers queued beforehand, the questions kept to look at. */
public final class ScriptedSyncDialogs implements SyncDialogs {
    public final Deque<Login> logins = new ArrayDeque<>();
    public final List<String> loginsAskedFor = new ArrayList<>();
    public final List<HostKeyRefusal> hostKeysShown = new ArrayList<>();
    public boolean acceptHostKeys;
    public final List<List<String>> results = new ArrayList<>();
    public SendChoice since = new SendChoice(null);

    @Override
    public Optional<Login> askLogin(String server, String user) {
        loginsAskedFor.add(server);
        return Optional.ofNullable(logins.poll());
    }

    @Override
    public boolean acceptHostKey(HostKeyRefusal key) {
        hostKeysShown.add(key);
        return acceptHostKeys;
    }

    public final Deque<String> passphrases = new ArrayDeque<>();
    public final List<java.nio.file.Path> passphrasesAskedFor = new ArrayList<>();
    public final List<CertificateRefusal> certificatesShown = new ArrayList<>();
    public boolean trustCertificates;

    @Override
    public Optional<char[]> askPassphrase(java.nio.file.Path key) {
        passphrasesAskedFor.add(key);
        return Optional.ofNullable(passphrases.poll()).map(String::toCharArray);
    }

    @Override
    public boolean trustCertificate(CertificateRefusal certificate) {
        certificatesShown.add(certificate);
        return trustCertificates;
    }

    @Override
    public void showResult(String title, List<String> lines) {
        results.add(List.copyOf(lines));
    }

    public final List<MergeResultsViewModel> mergeResults = new ArrayList<>();

    @Override
    public void showMergeResults(MergeResultsViewModel results) {
        mergeResults.add(results);
    }

    @Override
    public void editRemotes(RemotesViewModel remotes) {
        remotes.refresh();
    }

    /** The versions' names the last "which versions to send" question listed. */
    public final List<String> sinceNames = new ArrayList<>();

    @Override
    public Optional<SendChoice> askSince(List<Version> versions, java.util.function.Function<Version, String> name) {
        sinceNames.clear();
        versions.forEach(v -> sinceNames.add(name.apply(v)));
        return Optional.ofNullable(since);
    }
}
