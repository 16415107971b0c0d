package org.clausewright.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clausewright.history.HistoryException;
import org.clausewright.history.remote.CredentialPrompt;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.store.ProjectFileException;

import static org.assertj.core.api.Assertions.assertThat;

/** A committee's sites in a test: copies of the sample, edited by hand and recorded, synced with a remote. */
final class Sites {
    static final String CLAUSE = "clauses/animal-welfare.json";

    private Sites() {
    }

    static Path sample(Path dir) throws IOException, HistoryException, ProjectFileException {
        BundledSample.install(dir);
        return dir;
    }

    /** Changes words in a clause file as a member's text editor would, and records the change. */
    static void editAndRecord(Path dir, String from, String to, String author)
            throws IOException, HistoryException, ProjectFileException {
        Path file = dir.resolve(CLAUSE);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        Versions.record(dir, "Edit by " + author, "", author, notice -> { });
    }

    /**
     * The chair's copy of the sample, which sent it to a new bare repository under {@code temp}, and the delegation's
     * clone of it, in which "smallest number" became "fewest" and was recorded and sent: returns the chair's.
     */
    static Path chairWithTheDelegationsEditToReceive(Path temp, RemoteAccess access) throws Exception {
        Path bare = org.clausewright.servers.BareRepositories.create(temp.resolve("shared/code.git"));
        Path chair = sample(temp.resolve("chair"));
        SiteRemotes.add(chair, "origin", bare.toUri().toString());
        sync(chair, access);
        Path delegation = temp.resolve("delegation");
        ProjectClone.clone(bare.toUri().toString(), delegation, access, TransferProgress.NONE);
        editAndRecord(delegation, "smallest number", "fewest", "Ingrid Solberg");
        sync(delegation, access);
        return chair;
    }

    static String clause(Path dir) throws IOException {
        return Files.readString(dir.resolve(CLAUSE), StandardCharsets.UTF_8);
    }

    static RemoteAccess access(Path home) {
        return new RemoteAccess(home, CredentialPrompt.NONE, null, Optional.empty());
    }

    static SyncReport sync(Path dir, RemoteAccess access) throws IOException, HistoryException,
            ProjectFileException {
        return Sync.sync(dir, "origin", "Sync tester", access, TransferProgress.NONE, notice -> { });
    }

    static List<String> labels(List<org.clausewright.history.Version> versions) {
        return versions.stream().map(org.clausewright.history.Version::label).toList();
    }
}
