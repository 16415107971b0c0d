package org.clausewright.app;

import org.clausewright.history.HistoryException;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectLock;
import org.clausewright.store.ProjectReader;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recording and listing the versions of a project folder. */
public final class Versions {
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

    private Versions() {
    }

    /**
     * Records the folder as a version, holding the project meanwhile, and refusing a project with problems so that
     * every version can be read. A project open elsewhere (the window, another member) is refused: it records
     * there. What is repaired on the way (a git lock left by a crash) is told to {@code notices}.
     */
    public static Version record(Path dir, String label, String message, String author, Consumer<String> notices)
            throws IOException, HistoryException, ProjectFileException {
        return record(dir, label, message, author, null, notices);
    }

    /**
     * As {@link #record(Path, String, String, String, Consumer)}, and, when {@code milestone} is not null, marks the
     * version as that milestone. The name is checked before anything is recorded, so a taken name leaves the
     * history as it was.
     */
    public static Version record(Path dir, String label, String message, String author, String milestone,
                                 Consumer<String> notices) throws IOException, HistoryException, ProjectFileException {
        requireProject(dir);
        ProjectLock.Outcome outcome = ProjectLock.acquire(dir, author == null || author.isBlank() ? "someone" : author);
        if (!outcome.acquired()) {
            throw new IllegalStateException(dir + " is open by " + outcome.heldBy().describe()
                    + ": record the version there, or close it first; nothing was recorded");
        }
        try (ProjectLock lock = outcome.lock()) {
            return record(dir, lock, label, message, author, milestone, notices);
        }
    }

    /** Records the folder of a project that this process holds ({@code lock}). */
    static Version record(Path dir, ProjectLock lock, String label, String message, String author,
                          Consumer<String> notices) throws IOException, HistoryException, ProjectFileException {
        return record(dir, lock, label, message, author, null, notices);
    }

    private static Version record(Path dir, ProjectLock lock, String label, String message, String author,
                                  String milestone, Consumer<String> notices)
            throws IOException, HistoryException, ProjectFileException {
        requireProject(dir);
        // an import killed before its version was recorded is finished first, so that versions keep their order
        InterruptedWork.finish(dir, lock, notices);
        ProjectReader.read(new ProjectFolder(dir)).orThrow();
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a version needs a label, such as \"Working draft 3\"");
        }
        try (VersionHistory history = VersionHistory.open(dir, lock, notices)) {
            if (milestone != null) {
                history.requireMilestoneNameFree(milestone);
            }
            Instant now = Instant.now();
            Version version = history.record(label.strip(), message == null ? "" : message.strip(), author, now);
            return milestone == null ? version : history.markMilestone(version, milestone.strip(), author, now);
        }
    }

    /** Marks a recorded version as the milestone {@code name} ("Circulated to delegations, May"). */
    public static Version markMilestone(Path dir, String versionId, String name, String author)
            throws IOException, HistoryException {
        requireProject(dir);
        try (VersionHistory history = VersionHistory.open(dir)) {
            return history.markMilestone(version(history, versionId), name, author, Instant.now());
        }
    }

    /** Takes the milestone {@code name} off a recorded version; the version itself stays. */
    public static Version unmarkMilestone(Path dir, String versionId, String name)
            throws IOException, HistoryException {
        requireProject(dir);
        try (VersionHistory history = VersionHistory.open(dir)) {
            return history.unmarkMilestone(version(history, versionId), name);
        }
    }

    private static Version version(VersionHistory history, String id) throws HistoryException {
        if (history.resolve(id) instanceof Version version) {
            return version;
        }
        throw new HistoryException("\"" + id + "\" is not a recorded version");
    }

    /**
     * The label to suggest for the next version: the newest label that ends in a number, with the number one up
     * ("Working draft 5" → "Working draft 6", "Draft 09" → "Draft 10") and not the label of another version;
     * automatic checkpoints do not count. {@code first} when no label ends in a number.
     */
    public static String nextLabel(List<Version> versions, String first) {
        Set<String> taken = new HashSet<>();
        versions.forEach(v -> taken.add(v.label()));
        for (Version v : versions) {
            Matcher numbered = NUMBERED.matcher(v.label().strip());
            if (v.checkpoint() || !numbered.matches()) {
                continue;
            }
            String digits = numbered.group(2);
            BigInteger n = new BigInteger(digits);
            String next;
            do {
                n = n.add(BigInteger.ONE);
                String number = n.toString();
                next = numbered.group(1) + "0".repeat(Math.max(0, digits.length() - number.length())) + number;
            } while (taken.contains(next));
            return next;
        }
        return first;
    }

    public static List<Version> log(Path dir) throws IOException, HistoryException {
        requireProject(dir);
        try (VersionHistory history = VersionHistory.open(dir)) {
            return history.log();
        }
    }

    /** Refuses a folder that is not a project before git is asked to start a history in it. */
    static void requireProject(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " is a file, not a project folder: give the folder that holds project.json");
        }
        if (!new ProjectFolder(dir).read("project.json").isPresent()) {
            throw new IOException(dir + " is not a Clausewright project (it has no project.json)");
        }
    }
}
