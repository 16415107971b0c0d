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
                String name = Repository.shortenRefName(ref.getName());
                if (object instanceof RevTag tag && !tag.getFullMessage().isBlank()) {
                    name = tag.getFullMessage().strip().lines().findFirst().orElse(name);
                }
                RevObject target = walk.peel(object);
                names.computeIfAbsent(target.copy(), id -> new ArrayList<>()).add(name);
            }
        }
        return names;
    }

    static void mark(Repository repository, ObjectId commit, String name, String author, Instant time)
            throws IOException, HistoryException {
        if (name == null || name.isBlank() || name.strip().contains("\n")) {
            throw new HistoryException("a milestone needs a name of one line, such as \"Circulated draft 1\"");
        }
        String refName = Constants.R_TAGS + slug(name.strip());
        if (repository.exactRef(refName) != null) {
            throw new HistoryException("a milestone named \"" + name.strip() + "\" already exists; choose another name");
        }
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

    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "milestone-" + Integer.toHexString(name.hashCode()) : slug;
    }
}
