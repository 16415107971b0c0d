package org.clausewright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The draft as it reads in one target language: each clause's heading, text and brackets from its translation, the
 * project's and the outline's titles from the language's titles, and that language as the draft's own. What the
 * export writes for a language version, so that every part of it (cover, headings, brackets, compilation) reads the
 * translation the way it reads the source. A clause not yet translated keeps its source wording, and is counted.
 * Threads are anchored to the source's words and are left out.
 */
public final class LanguageVersion {
    private LanguageVersion() {
    }

    /** {@code project} itself when {@code language} is its source language. */
    public static Project of(Project project, String language) {
        Languages languages = project.info().languages();
        if (language.equals(languages.source())) {
            return project;
        }
        if (!languages.hasTarget(language)) {
            throw new IllegalArgumentException("\"" + language + "\" is not a language of this project ("
                    + String.join(", ", all(languages)) + ")");
        }
        Map<String, Clause> clauses = new TreeMap<>();
        for (Clause c : project.clauses().values()) {
            clauses.put(c.id(), project.translations().of(language, c.id())
                    .map(t -> c.withHeading(t.heading()).withText(t.text()).withBrackets(t.brackets()))
                    .orElse(c));
        }
        DraftTitles titles = project.translations().titles(language).orElse(null);
        ProjectInfo info = project.info();
        if (titles != null) {
            info = info.withTitle(titles.title().isBlank() ? info.title() : titles.title())
                    .withSubtitle(titles.subtitle().isBlank() ? info.subtitle() : titles.subtitle());
        }
        List<String> targets = new ArrayList<>(languages.targets());
        targets.remove(language);
        info = info.withLanguages(new Languages(language, targets));
        Outline outline = titles == null ? project.outline() : retitled(project.outline(), titles);
        // the frameworks and addresses go with it: the coverage annex is the same in every language
        return new Project(info, outline, clauses, Map.of()).withFrameworks(project.frameworks());
    }

    /** The clauses of the draft that have no translation into {@code language}, in outline order. */
    public static List<String> untranslated(Project project, String language) {
        if (language.equals(project.info().languages().source())) {
            return List.of();
        }
        return project.outline().clauseIds().stream()
                .filter(id -> project.translations().of(language, id).isEmpty()).toList();
    }

    private static Outline retitled(Outline outline, DraftTitles titles) {
        List<Part> parts = new ArrayList<>();
        for (Part part : outline.parts()) {
            List<OutlineItem> items = new ArrayList<>();
            for (OutlineItem item : part.items()) {
                items.add(item instanceof Section s ? s.withTitle(titles.titleOf(s.id(), s.title())) : item);
            }
            parts.add(part.withTitle(titles.titleOf(part.id(), part.title())).withItems(items));
        }
        return outline.withParts(parts);
    }

    private static List<String> all(Languages languages) {
        List<String> all = new ArrayList<>(List.of(languages.source()));
        all.addAll(languages.targets());
        return all;
    }
}
