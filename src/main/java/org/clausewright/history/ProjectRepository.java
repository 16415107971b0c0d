package org.clausewright.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausewright.store.AtomicFiles;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Opens the repository that belongs to exactly this folder, creating it on first use. */
public final class ProjectRepository {
    static final String INITIAL_BRANCH = "main";

    static {
        NoSystemGitConfig.install();
    }

    private ProjectRepository() {
    }

    public static Repository openOrInit(Path folder) throws HistoryException {
        if (!Files.isDirectory(folder)) {
            throw new HistoryException("the project folder " + folder + " does not exist or is not a folder");
        }
        try {
            Repository repository = Files.exists(folder.resolve(".git")) ? open(folder) : init(folder);
            writeGitignoreIfAbsent(folder);
            return repository;
        } catch (IOException | GitAPIException e) {
            throw new HistoryException("the version history in " + folder + " could not be opened ("
                    + e.getMessage() + "); check that the folder is readable and its .git folder is intact", e);
        }
    }

    // Only the folder's own .git is used: a project copied into some other git work tree must not
    // record its versions there, so there is no search up the parent folders.
    private static Repository open(Path folder) throws IOException {
        Repository repository = new FileRepositoryBuilder()
                .setWorkTree(folder.toFile())
                .setMustExist(true)
                .build();
        if (repository.isBare()) {
            repository.close();
            throw new IOException("the repository is bare");
        }
        return repository;
    }

    private static Repository init(Path folder) throws GitAPIException, IOException {
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch(INITIAL_BRANCH).call()) {
            Repository repository = git.getRepository();
            // Files are written with \n by the store; a member's global autocrlf must not rewrite them.
            StoredConfig config = repository.getConfig();
            config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOCRLF, false);
            config.save();
        }
        return open(folder);
    }

    private static void writeGitignoreIfAbsent(Path folder) throws IOException {
        Path gitignore = folder.resolve(VersionedPaths.GITIGNORE);
        if (!Files.exists(gitignore)) {
            String content = VersionedPaths.LOCK_FILE + "\n" + VersionedPaths.TEMP_PATTERN + "\n";
            AtomicFiles.write(gitignore, content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
