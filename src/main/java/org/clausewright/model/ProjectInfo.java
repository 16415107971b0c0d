package org.clausewright.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What project.json holds: the draft's title, the people and references it is made with, and the parties
 * and meetings of the negotiation.
 */
public record ProjectInfo(String id, String title, String subtitle, List<Member> members,
                          List<Category> categories, List<SourceDocument> sources,
                          List<Delegation> delegations, List<Meeting> meetings, Languages languages,
                          Extras extras) {
    public ProjectInfo {
        Ids.require(id, "project");
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        members = List.copyOf(members);
        categories = List.copyOf(categories);
        sources = List.copyOf(sources);
        delegations = List.copyOf(delegations);
        meetings = List.copyOf(meetings);
        languages = languages == null ? Languages.DEFAULT : languages;
        extras = extras == null ? Extras.NONE : extras;
    }

    public ProjectInfo(String id, String title, String subtitle, List<Member> members, List<Category> categories,
                       List<SourceDocument> sources, List<Delegation> delegations, List<Meeting> meetings,
                       Extras extras) {
        this(id, title, subtitle, members, categories, sources, delegations, meetings, Languages.DEFAULT, extras);
    }

    public ProjectInfo(String id, String title, String subtitle, List<Member> members, List<Category> categories,
                       List<SourceDocument> sources, List<Delegation> delegations, List<Meeting> meetings) {
        this(id, title, subtitle, members, categories, sources, delegations, meetings, Extras.NONE);
    }

    public ProjectInfo(String id, String title, String subtitle, List<Member> members,
                       List<Category> categories, List<SourceDocument> sources) {
        this(id, title, subtitle, members, categories, sources, List.of(), List.of());
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

    public Optional<Delegation> delegation(String id) {
        return delegations.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Meeting> meeting(String id) {
        return meetings.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The delegation's short name, or the id itself when the project does not list it (kept, never dropped). */
    public String shortNameOf(String delegationId) {
        return delegation(delegationId).map(Delegation::shortName).orElse(delegationId);
    }

    public ProjectInfo withTitle(String newTitle) {
        return new ProjectInfo(id, newTitle, subtitle, members, categories, sources,
                delegations, meetings, languages, extras);
    }

    public ProjectInfo withMembers(List<Member> value) {
        return new ProjectInfo(id, title, subtitle, value, categories, sources,
                delegations, meetings, languages, extras);
    }

    public ProjectInfo withLanguages(Languages value) {
        return new ProjectInfo(id, title, subtitle, members, categories, sources,
                delegations, meetings, value, extras);
    }

    public ProjectInfo withSubtitle(String value) {
        return new ProjectInfo(id, title, value, members, categories, sources,
                delegations, meetings, languages, extras);
    }

    public ProjectInfo withDelegations(List<Delegation> value) {
        return new ProjectInfo(id, title, subtitle, members, categories, sources,
                value, meetings, languages, extras);
    }

    public ProjectInfo withCategories(List<Category> value) {
        return new ProjectInfo(id, title, subtitle, members, value, sources,
                delegations, meetings, languages, extras);
    }

    public ProjectInfo withSources(List<SourceDocument> value) {
        return new ProjectInfo(id, title, subtitle, members, categories, value,
                delegations, meetings, languages, extras);
    }

    public ProjectInfo withMeetings(List<Meeting> value) {
        return new ProjectInfo(id, title, subtitle, members, categories, sources,
                delegations, value, languages, extras);
    }
}
