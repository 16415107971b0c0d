package org.clausewright.history;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Milestones are annotated tags. A committee names them freely ("Circulated to delegations, May"),
 * which git refuses as a tag name, so the tag is a slug and the real name is the tag's message.
 */
final class Milestones {
    private Milestones() {
    }

    static List<Ref> tags(Repository repository) throws IOException {
        return repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS);
    }

    /** Milestone names by the commit they mark, each list oldest tag first. */
    static Map<ObjectId, List<String>> byCommit(Repository repository) throws IOException {
        return byCommit(repository, tags(repository));
    }

    static Map<ObjectId, List<String>> byCommit(Repository repository, List<Ref> tags) throws IOException {
        Map<ObjectId, List<String>> names = new HashMap<>();
        if (tags.isEmpty()) {
            return names;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : tags) {
                RevObject object = walk.parseAny(ref.getObjectId());
                RevObject target = walk.peel(object);
                names.computeIfAbsent(target.copy(), id -> new ArrayList<>()).add(nameOf(ref, object));
            }
        }
        return names;
    }

    /** Refuses a name that is not one line or that a milestone (or another tag of the same slug) has already. */
    static void requireFree(Repository repository, String name) throws IOException, HistoryException {
        if (name == null || name.isBlank() || name.strip().contains("\n")) {
            throw new HistoryException("a milestone needs a name of one line, such as \"Circulated draft 1\"");
        }
        if (repository.exactRef(Constants.R_TAGS + slug(name.strip())) != null) {
            throw new HistoryException("a milestone named \"" + name.strip() + "\" already exists; choose another name");
        }
    }

    static void mark(Repository repository, ObjectId commit, String name, String author, Instant time)
            throws IOException, HistoryException {
        requireFree(repository, name);
        String refName = Constants.R_TAGS + slug(name.strip());
        TagBuilder tag = new TagBuilder();
        tag.setObjectId(commit, Constants.OBJ_COMMIT);
        tag.setTag(Repository.shortenRefName(refName));
        tag.setTagger(VersionRecorder.person(author, time));
        tag.setMessage(name.strip() + "\n");
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId tagId = inserter.insert(tag);
            inserter.flush();
            RefUpdate update = repository.updateRef(refName);
            update.setNewObjectId(tagId);
            update.setExpectedOldObjectId(ObjectId.zeroId());
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW) {
                throw new IOException("the tag " + refName + " could not be created (" + result + ")");
            }
        }
    }

    /**
     * Takes the milestone {@code name} off the commit: deletes the tag that marks this commit and carries that
     * name. Only such a tag is touched; the version itself stays, and so do other tags.
     */
    static void unmark(Repository repository, ObjectId commit, String name) throws IOException, HistoryException {
        List<Ref> matching = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : tags(repository)) {
                RevObject object = walk.parseAny(ref.getObjectId());
                if (walk.peel(object).equals(commit) && nameOf(ref, object).equals(name)) {
                    matching.add(ref);
                }
            }
        }
        if (matching.isEmpty()) {
            throw new HistoryException("the version " + commit.abbreviate(Version.SHORT_ID_LENGTH).name()
                    + " has no milestone named \"" + name + "\"; nothing was changed");
        }
        for (Ref ref : matching) {
            RefUpdate update = repository.updateRef(ref.getName());
            update.setExpectedOldObjectId(ref.getObjectId());
            update.setForceUpdate(true);
            RefUpdate.Result result = update.delete();
            if (result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE) {
                throw new IOException("the tag " + ref.getName() + " could not be deleted (" + result + ")");
            }
        }
    }

    private static String nameOf(Ref ref, RevObject object) {
        String name = Repository.shortenRefName(ref.getName());
        if (object instanceof RevTag tag && !tag.getFullMessage().isBlank()) {
            name = tag.getFullMessage().strip().lines().findFirst().orElse(name);
        }
        return name;
    }

    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "milestone-" + Integer.toHexString(name.hashCode()) : slug;
    }
}
