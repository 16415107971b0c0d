package org.clausewright.ui.editor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import org.clausewright.model.Languages;
import org.clausewright.model.Project;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language version the member works on: the source ("") or one of the project's target languages. A target the
 * project no longer has (its languages were changed) falls back to the source.
 */
public final class WorkingLanguage {
    private final ProjectViewModel document;
    private final StringProperty tag = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<String>> choices = new ReadOnlyObjectWrapper<>(List.of(""));

    public WorkingLanguage(ProjectViewModel document) {
        this.document = document;
        tag.addListener((obs, old, value) -> {
            if (value == null || !choices.get().contains(value)) {
                tag.set("");
            }
        });
        document.projectProperty().addListener((obs, old, p) -> follow(p));
        follow(document.project());
    }

    private void follow(Project project) {
        if (project == null) {
            return;
        }
        List<String> all = new ArrayList<>(List.of(""));
        all.addAll(project.info().languages().targets());
        if (!all.equals(choices.get())) {
            choices.set(List.copyOf(all));
            if (!all.contains(tag.get())) {
                tag.set("");
            }
        }
    }

    /** The working language's tag; "" for the source. */
    public String tag() {
        return tag.get();
    }

    public StringProperty tagProperty() {
        return tag;
    }

    /** "" (the source), then the project's target languages in its order. */
    public ReadOnlyObjectProperty<List<String>> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** A language's name in the member's language, capitalised as a menu item is: "French", "Français", "الفرنسية". */
    public String nameOf(String language) {
        return nameOf(document.messages(), language);
    }

    /** How a choice reads in the menu: "Source (English)", "French". */
    public String label(String choice) {
        return label(document.messages(), document.project(), choice);
    }

    static String nameOf(Messages messages, String language) {
        Locale member = messages.locale();
        String name = Locale.forLanguageTag(language).getDisplayName(member);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(member) + name.substring(1);
    }

    /** How {@code choice} ("" for the source, or a target's tag) of {@code project} reads to the member. */
    public static String label(Messages messages, Project project, String choice) {
        if (choice == null || choice.isEmpty()) {
            Languages languages = project == null ? Languages.DEFAULT : project.info().languages();
            // inside a phrase a language's name keeps its own case: "Texte source (anglais)"
            String name = Locale.forLanguageTag(languages.source()).getDisplayName(messages.locale());
            return messages.format("translation.source", name.isEmpty() ? languages.source() : name);
        }
        return nameOf(messages, choice);
    }
}
