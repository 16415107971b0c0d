package org.clausewright.history;

import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuildIterator;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;

/**
 * Makes the index's project files equal to the folder's in one pass: files whose size and modification time
 * match their index entry are kept without being read; only new or changed files are hashed and stored (through
 * JGit's clean filter, so {@code core.autocrlf} and {@code .gitattributes} apply as when git adds them); project
 * files no longer in the folder drop out. This is what {@code git add -A -- <project files>} does, without
 * JGit's AddCommand re-reading racily clean files or needing a second pass for deletions.
 *
 * <p>Only the project's own files are taken from the folder ({@link VersionedPaths#isProjectFile}): a member's
 * notes, an editor's backup or swap file never go into a version. Any other file in the index — put there by
 * another git client (a README, {@code .gitattributes}) or by an older Clausewright — is kept as it is in
 * the index, neither updated nor dropped: it is that client's to change.
 */
final class WorkingTreeStager {
    private static final int INDEX = 0;
    private static final int WORK = 1;

    private WorkingTreeStager() {
    }

    /** Writes the staged index and returns the id of the tree it describes. */
    static ObjectId stage(Repository repository, ObjectInserter inserter) throws IOException {
        DirCache index = repository.lockDirCache();
        try (ObjectReader reader = inserter.newReader(); TreeWalk walk = new TreeWalk(repository, reader)) {
            DirCacheBuilder builder = index.builder();
            walk.setRecursive(true);
            walk.addTree(new DirCacheBuildIterator(builder));
            FileTreeIterator folder = new FileTreeIterator(repository);
            // with the index beside it, the folder walk enters an ignored folder that holds versioned files
            folder.setDirCacheIterator(walk, INDEX);
            walk.addTree(folder);
            while (walk.next()) {
                WorkingTreeIterator file = walk.getTree(WORK, WorkingTreeIterator.class);
                DirCacheIterator indexed = walk.getTree(INDEX, DirCacheIterator.class);
                DirCacheEntry entry = indexed == null ? null : indexed.getDirCacheEntry();
                if (!VersionedPaths.isProjectFile(walk.getPathString())) {
                    if (entry != null && !VersionedPaths.neverVersioned(walk.getPathString())) {
                        builder.add(entry);
                    }
                    continue;
                }
                if (file == null || !isVersioned(walk, file, entry != null)) {
                    continue;
                }
                if (entry != null && entry.getStage() == DirCacheEntry.STAGE_0
                        && file.compareMetadata(entry) == WorkingTreeIterator.MetadataDiff.EQUAL) {
                    builder.add(entry);
                } else {
                    builder.add(hashed(walk.getRawPath(), file, inserter));
                }
            }
            builder.finish();
            ObjectId tree = index.writeTree(inserter);
            index.write();
            if (!index.commit()) {
                throw new IOException("another program changed the index while a version was being recorded");
            }
            return tree;
        } finally {
            index.unlock();
        }
    }

    /**
     * As git: ignore rules keep out files not versioned yet, never a file already in the index (a member who
     * adds "annotations/" to .gitignore must not see every annotation file drop out of the next version).
     */
    private static boolean isVersioned(TreeWalk walk, WorkingTreeIterator file, boolean indexed) throws IOException {
        FileMode mode = file.getEntryFileMode();
        boolean regular = mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
        return regular && (indexed || !file.isEntryIgnored()) && !VersionedPaths.neverVersioned(walk.getPathString());
    }

    private static DirCacheEntry hashed(byte[] path, WorkingTreeIterator file, ObjectInserter inserter)
            throws IOException {
        DirCacheEntry entry = new DirCacheEntry(path);
        entry.setFileMode(file.getEntryFileMode());
        entry.setLength(file.getEntryLength());
        entry.setLastModified(file.getEntryLastModifiedInstant());
        try (InputStream content = file.openEntryStream()) {
            entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getEntryContentLength(), content));
        }
        return entry;
    }
}
