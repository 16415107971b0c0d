package org.clausewright.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.clausewright.app.ProjectClone;
import org.clausewright.app.ProjectSession;
import org.clausewright.app.SiteRemotes;
import org.clausewright.app.Sync;
import org.clausewright.app.SyncReport;
import org.clausewright.app.Versions;
import org.clausewright.history.remote.CredentialPrompt;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.servers.BareRepositories;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ProjectWriter;
import org.clausewright.store.ReadResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chair and two delegations, each with a clone of one bare repository, edit (text, headings, comments and
 * replies, decisions, cleaned brackets, clauses added, moved and deleted), record and sync through real git in
 * random turns, through the store and the history as the command line does. Afterwards all three sync until
 * nothing moves: their drafts are identical, they read without problems, and every word typed at any site is in
 * the text or in a bracket's option unless some site took it out. Few tries: each is some dozens of real syncs.
 */
class ThreeSitesProperties {
    private static final String[] NAMES = {"Chair", "Ingrid Solberg", "Li Wei"};

    @Property(tries = 4, shrinking = ShrinkingMode.OFF, seed = "20261202")
    void threeSitesSyncingInRandomTurnsEndIdenticalWithNoWordLost(@ForAll long seed) throws Exception {
        Path root = Files.createTempDirectory("three-sites");
        try {
            scenario(new Random(seed), root);
        } finally {
            delete(root);
        }
    }

    private static void scenario(Random random, Path root) throws Exception {
        Path bare = BareRepositories.create(root.resolve("shared.git"));
        String url = bare.toUri().toString();
        RemoteAccess access = new RemoteAccess(Files.createDirectories(root.resolve("home")), CredentialPrompt.NONE,
                null, Optional.empty());
        Set<String> removed = new HashSet<>();
        List<String> typed = new ArrayList<>();

        Path chair = root.resolve("chair");
        new ProjectWriter(new ProjectFolder(Files.createDirectories(chair))).writeAll(Drafts.base());
        Versions.record(chair, "Base", "", NAMES[0], n -> { });
        SiteRemotes.add(chair, "origin", url);
        sync(chair, NAMES[0], access);
        List<Path> sites = new ArrayList<>(List.of(chair));
        List<SiteEdits> edits = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            if (s > 0) {
                Path site = root.resolve("site" + s);
                ProjectClone.clone(url, site, access, TransferProgress.NONE);
                sites.add(site);
            }
            edits.add(new SiteEdits(Integer.toString(s), random, removed, typed, Drafts.T0));
        }

        int turns = 5 + random.nextInt(4);
        for (int turn = 0; turn < turns; turn++) {
            int s = random.nextInt(3);
            Path site = sites.get(s);
            int count = 1 + random.nextInt(3);
            try (ProjectSession session = ProjectSession.open(site, NAMES[s])) {
                Project draft = session.project();
                for (int e = 0; e < count; e++) {
                    draft = edits.get(s).edit(draft);
                }
                session.update(draft);
                session.record("Turn " + turn, "", NAMES[s]);
            }
            if (random.nextInt(3) > 0) {
                sync(site, NAMES[s], access);
            }
        }

        // every site syncs until a whole round moves nothing
        boolean quiet = false;
        for (int round = 0; round < 5 && !quiet; round++) {
            quiet = true;
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
            Collections.shuffle(order, random);
            for (int s : order) {
                SyncReport report = sync(sites.get(s), NAMES[s], access);
                quiet &= report.changedNothing();
            }
        }
        assertThat(quiet).as("the sites stopped exchanging versions").isTrue();

        Project first = read(sites.get(0));
        for (Path site : sites.subList(1, 3)) {
            Project other = read(site);
            assertThat(other.clauses()).as(site + "'s clauses").isEqualTo(first.clauses());
            assertThat(other.outline()).as(site + "'s outline").isEqualTo(first.outline());
            assertThat(other.threads()).as(site + "'s threads").isEqualTo(first.threads());
            assertThat(other.info()).as(site + "'s project information").isEqualTo(first.info());
        }
        Set<String> present = words(first);
        for (String word : typed) {
            if (!removed.contains(word)) {
                assertThat(present).as("word %s typed at a site and never taken out", word).contains(word);
            }
        }
        BareRepositories.fsck(bare);
    }

    private static SyncReport sync(Path site, String author, RemoteAccess access) throws Exception {
        return Sync.sync(site, "origin", author, access, TransferProgress.NONE, n -> { });
    }

    private static Project read(Path site) throws IOException {
        ReadResult read = ProjectReader.read(new ProjectFolder(site));
        assertThat(read.problems()).as("problems reading " + site).isEmpty();
        return read.project();
    }

    private static Set<String> words(Project project) {
        Set<String> words = new HashSet<>();
        for (Clause c : project.clauses().values()) {
            add(words, c.text());
            for (Bracket b : c.brackets()) {
                for (BracketOption o : b.options()) {
                    add(words, o.text());
                }
            }
        }
        return words;
    }

    private static void add(Set<String> words, String text) {
        for (String w : text.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
    }

    /** JGit may still be tidying a repository in the background (gc.log.lock): what vanishes meanwhile is fine. */
    private static void delete(Path root) throws IOException {
        for (int attempt = 0; attempt < 5 && Files.exists(root); attempt++) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (java.nio.file.NoSuchFileException | java.nio.file.DirectoryNotEmptyException | UncheckedIOException
                     e) {
                // a file appeared or went while walking: walk again
            }
        }
    }
}
