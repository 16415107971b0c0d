package org.clausewright.ui.editor;

import org.clausewright.model.Category;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.SourceDocument;
import org.clausewright.ui.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the Details form offers: the project's categories (with an empty choice) and source documents, plus
 * whatever unknown id the clause names, and the tags already used in the project as suggestions.
 */
final class DetailChoices {
    private final Messages messages;
    // the suggestions are asked for off the UI thread (ControlsFX auto-completion), from an immutable snapshot
    private volatile Project tagged;
    private Project tagsOf;
    private List<String> tags = List.of();

    DetailChoices(Messages messages) {
        this.messages = messages;
    }

    List<Choice> categories(ProjectInfo info, String current) {
        List<Choice> result = new ArrayList<>();
        result.add(new Choice("", messages.get("editor.noCategory"), true));
        for (Category c : info.categories()) {
            result.add(new Choice(c.id(), c.name(), true));
        }
        if (!current.isEmpty() && info.categories().stream().noneMatch(c -> c.id().equals(current))) {
            result.add(new Choice(current, messages.format("editor.unknownCategory", current), false));
        }
        return List.copyOf(result);
    }

    List<Choice> sources(ProjectInfo info, List<String> current) {
        List<Choice> result = new ArrayList<>();
        for (SourceDocument s : info.sources()) {
            result.add(new Choice(s.id(), s.title(), true));
        }
        for (String id : current) {
            if (info.source(id).isEmpty()) {
                result.add(new Choice(id, messages.format("editor.unknownSource", id), false));
            }
        }
        return List.copyOf(result);
    }

    void use(Project project) {
        tagged = project;
    }

    /**
     * The field's text completed with each project tag that starts with the word being typed (after the last
     * comma), leaving out tags the field already has: "ethics, bio" gives "ethics, biosafety".
     */
    List<String> tagSuggestions(String typed) {
        int comma = typed.lastIndexOf(',');
        String word = typed.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return List.of();
        }
        List<String> before = comma < 0 ? List.of() : Arrays.stream(typed.substring(0, comma).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        String prefix = before.isEmpty() ? "" : String.join(", ", before) + ", ";
        return projectTags().stream()
                .filter(t -> t.toLowerCase(Locale.ROOT).startsWith(word) && !before.contains(t))
                .map(t -> prefix + t).filter(s -> !s.equals(typed.strip())).toList();
    }

    private synchronized List<String> projectTags() {
        Project project = tagged;
        if (project != null && project != tagsOf) {
            Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (Clause c : project.clauses().values()) {
                all.addAll(c.tags());
            }
            tags = List.copyOf(all);
            tagsOf = project;
        }
        return tags;
    }
}
