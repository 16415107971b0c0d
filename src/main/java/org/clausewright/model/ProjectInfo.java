package org.clausewright.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What project.json holds: the draft's title and the people and references it is made with. */
public record ProjectInfo(String id, String title, String subtitle, List<Member> members,
                          List<Category> categories, List<SourceDocument> sources) {
    public ProjectInfo {
        Ids.require(id, "project");
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        members = List.copyOf(members);
        categories = List.copyOf(categories);
        sources = List.copyOf(sources);
    }

    public static ProjectInfo titled(String id, String title) {
        return new ProjectInfo(id, title, "", List.of(), List.of(), List.of());
    }

    public Optional<Member> member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<SourceDocument> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public ProjectInfo withTitle(String newTitle) {
        return new ProjectInfo(id, newTitle, subtitle, members, categories, sources);
    }
}
