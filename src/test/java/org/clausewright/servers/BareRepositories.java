package org.clausewright.servers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Bare repositories made by git itself, as a committee's shared drive or server would hold them. */
public final class BareRepositories {
    private BareRepositories() {
    }

    public static Path create(Path dir) throws IOException, InterruptedException {
        Programs.run(null, List.of(Programs.git().toString(), "init", "--quiet", "--bare",
                "--initial-branch=main", dir.toString()));
        return dir;
    }

    /** git fsck --full --strict on a repository; fails the test with what it found. */
    public static void fsck(Path gitDir) throws IOException, InterruptedException {
        Programs.run(null, List.of(Programs.git().toString(), "--git-dir=" + gitDir, "fsck", "--full", "--strict",
                "--no-progress"));
    }
}
