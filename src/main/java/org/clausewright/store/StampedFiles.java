package org.clausewright.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A project's files read through, each read noted in {@link FileStamps}: what the project in memory came from. */
public final class StampedFiles implements ProjectFiles {
    private final ProjectFiles files;
    private final FileStamps stamps;

    public StampedFiles(ProjectFiles files, FileStamps stamps) {
        this.files = files;
        this.stamps = stamps;
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        return noted(path, files.read(path));
    }

    private Optional<byte[]> noted(String path, Optional<byte[]> content) {
        stamps.noteRead(path, content);
        return content;
    }

    @Override
    public FolderReader openFolder(String folder) throws IOException {
        FolderReader inFolder = files.openFolder(folder);
        return new FolderReader() {
            @Override
            public Optional<byte[]> read(String path) throws IOException {
                return noted(path, inFolder.read(path));
            }

            @Override
            public void close() throws IOException {
                inFolder.close();
            }
        };
    }

    @Override
    public List<String> list(String folder) throws IOException {
        return files.list(folder);
    }

    /** The files read through, without noting anything. */
    ProjectFiles files() {
        return files;
    }

    @Override
    public Optional<Path> folder() {
        return files.folder();
    }
}
