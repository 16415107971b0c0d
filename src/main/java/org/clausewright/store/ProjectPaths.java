package org.clausewright.store;

import org.clausewright.model.Ids;
import org.clausewright.model.Languages;

/** Where each kind of file lives in a project; ids are checked here, before they become paths. */
public final class ProjectPaths {
    public static final String PROJECT = "project.json";
    public static final String OUTLINE = "outline.json";
    public static final String CLAUSES = "clauses";
    public static final String ANNOTATIONS = "annotations";
    public static final String TRANSLATIONS = "translations";
    public static final String FRAMEWORKS = "frameworks";
    public static final String UNPLACED = "unplaced.json";
    public static final String LOCK = ".clausewright.lock";

    private ProjectPaths() {
    }

    public static String clause(String clauseId) {
        return CLAUSES + "/" + Ids.require(clauseId, "clause") + ".json";
    }

    public static String annotations(String clauseId) {
        return ANNOTATIONS + "/" + Ids.require(clauseId, "clause") + ".json";
    }

    /** frameworks/ID.json: one reference framework the project's clauses address. */
    public static String framework(String frameworkId) {
        return FRAMEWORKS + "/" + Ids.require(frameworkId, "framework") + ".json";
    }

    /** translations/LANGUAGE: the folder of one target language's translations. */
    public static String translations(String language) {
        return TRANSLATIONS + "/" + Languages.requireTag(language, "language");
    }

    /** translations/LANGUAGE.json: the draft's titles in that language. */
    public static String titles(String language) {
        return translations(language) + ".json";
    }

    public static String translation(String language, String clauseId) {
        return translations(language) + "/" + Ids.require(clauseId, "clause") + ".json";
    }

    /** "clauses/duty-of-care.json" → "duty-of-care"; the name part, whether or not it is a valid id. */
    public static String idOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
