package org.clausewright.history;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Keeps JGit from reading the machine-wide git configuration. To find that file JGit starts the git program
 * twice ({@code git --version}, {@code git config --system --list}), which cost every command about a tenth
 * of a second and made the history depend on a program Clausewright does not need. A project's history is
 * Clausewright's own: what it needs is in the repository's config, written when the repository is made.
 * The member's own ~/.gitconfig is still read, as git would.
 */
final class NoSystemGitConfig {
    private static boolean installed;

    private NoSystemGitConfig() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        SystemReader.setInstance(new SystemReader.Delegate(SystemReader.getInstance()) {
            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, null, fs) {
                    @Override
                    public void load() {
                        // nothing to read: there is no system configuration for a Clausewright history
                    }

                    @Override
                    public boolean isOutdated() {
                        return false;
                    }
                };
            }
        });
        installed = true;
    }
}
