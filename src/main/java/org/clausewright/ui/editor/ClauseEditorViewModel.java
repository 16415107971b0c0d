package org.clausewright.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewright.command.EditDetails;
import org.clausewright.command.EditHeading;
import org.clausewright.command.EditText;
import org.clausewright.model.Brackets;
import org.clausewright.model.Clause;
import org.clausewright.model.QuoteAbsences;
import org.clausewright.ui.ProjectViewModel;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The selected clause as the editor shows it: number, heading, text with its highlights, and details.
 * The view writes into the properties as the member types; each change becomes a command (consecutive
 * keystrokes merge into one undo step). Changes coming from the project (undo) are written back without
 * being taken for typing.
 */
public final class ClauseEditorViewModel {
    private final ProjectViewModel document;
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty rationale = new SimpleStringProperty("");
    private final ObjectProperty<List<String>> sources = new SimpleObjectProperty<>(List.of());
    private final ReadOnlyObjectWrapper<List<Choice>> categoryChoices = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Choice>> sourceChoices = new ReadOnlyObjectWrapper<>(List.of());
    private final DetailChoices choices;
    private final BooleanProperty editable = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<List<Highlight>> highlights = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper bracketWarning = new ReadOnlyStringWrapper("");
    /** Detached quotes searched for in vain: a keystroke looks for them only where it typed. */
    private final QuoteAbsences absences = new QuoteAbsences();
    private String learning;
    private boolean loading;

    public ClauseEditorViewModel(ProjectViewModel document) {
        this.document = document;
        this.choices = new DetailChoices(document.messages());
        document.projectProperty().addListener((obs, old, p) -> load());
        document.selectedClauseIdProperty().addListener((obs, old, id) -> load());
        document.selectedThreadIdProperty().addListener((obs, old, id) -> load());
        heading.addListener((obs, old, v) -> edit(id -> new EditHeading(id, v)));
        text.addListener((obs, old, v) -> edit(id -> new EditText(id, v, absences)));
        category.addListener((obs, old, v) -> details(d -> d.withCategory(v == null ? "" : v.strip())));
        tags.addListener((obs, old, v) -> details(d -> d.withTags(split(v))));
        rationale.addListener((obs, old, v) -> details(d -> d.withRationale(v)));
        sources.addListener((obs, old, v) -> details(d -> d.withSources(v == null ? List.of() : v)));
        load();
    }

    private void edit(java.util.function.Function<String, org.clausewright.command.Command> command) {
        String id = document.selectedClauseIdProperty().get();
        if (!loading && id != null && editable.get()) {
            document.execute(command.apply(id));
        }
    }

    private void details(UnaryOperator<EditDetails> change) {
        Clause clause = selected();
        if (!loading && clause != null && editable.get()) {
            document.execute(change.apply(EditDetails.of(clause)));
        }
    }

    private void load() {
        Clause clause = selected();
        loading = true;
        try {
            editable.set(clause != null && !document.isReadOnly());
            if (clause == null) {
                number.set("");
                heading.set("");
                text.set("");
                // nor the last clause's details beside an empty heading (loading: nothing is written back)
                category.set("");
                tags.set("");
                rationale.set("");
                sources.set(List.of());
                highlights.set(List.of());
                bracketWarning.set("");
                return;
            }
            // the lists first, so that the value set next is among them
            setIfChanged(categoryChoices, choices.categories(document.project().info(), clause.category()));
            setIfChanged(sourceChoices, choices.sources(document.project().info(), clause.sources()));
            choices.use(document.project());
            number.set(document.numbering().label(clause.id()));
            heading.set(clause.heading());
            text.set(clause.text());
            category.set(clause.category());
            tags.set(String.join(", ", clause.tags()));
            rationale.set(clause.rationale());
            sources.set(clause.sources());
            String words = clause.text();
            Brackets brackets = words.indexOf('[') < 0 && words.indexOf(']') < 0 ? null : Brackets.in(words);
            bracketWarning.set(BracketWarning.of(words, brackets, document.messages()));
            learnAbsentQuotes(clause);
            List<Highlight> marks = Highlight.of(clause, document.project(),
                    document.selectedThreadIdProperty().get(), brackets);
            if (!marks.equals(highlights.get())) {
                highlights.set(marks);
            }
        } finally {
            loading = false;
        }
    }

    /**
     * A clause opened with detached threads: their quotes are searched for in its text in the background, so
     * that the first keystroke, like every later one, looks for them only where it typed. What is learnt stays
     * true of that text whatever happens meanwhile, so it is kept even if the text changed.
     */
    private void learnAbsentQuotes(Clause clause) {
        List<org.clausewright.model.AnnotationThread> threads = document.project().threadsOf(clause.id());
        String text = clause.text();
        if (text == learning || !absences.anyUnsearched(text, threads)) {
            return;
        }
        learning = text;
        document.background().run("anchors", () -> {
            absences.learn(text, threads);
            return text;
        }, done -> learning = null, error -> {
            learning = null;
            document.dialogs().showError(document.messages().get("editor.anchorsFailed"), error);
        });
    }

    private static <T> void setIfChanged(ReadOnlyObjectWrapper<T> property, T value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    private Clause selected() {
        String id = document.selectedClauseIdProperty().get();
        return id == null || document.project() == null ? null : document.project().clause(id).orElse(null);
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The category's id, "" for none. */
    public StringProperty categoryProperty() {
        return category;
    }

    /** The project's categories by name, an empty choice first, and the clause's category if unknown. */
    public ReadOnlyObjectProperty<List<Choice>> categoryChoicesProperty() {
        return categoryChoices.getReadOnlyProperty();
    }

    /** The project's source documents by title, and any unknown source the clause names. */
    public ReadOnlyObjectProperty<List<Choice>> sourceChoicesProperty() {
        return sourceChoices.getReadOnlyProperty();
    }

    /** Completions of the tags field from the project's tags; safe to call off the UI thread. */
    public List<String> tagSuggestions(String typed) {
        return choices.tagSuggestions(typed == null ? "" : typed);
    }

    /** Comma-separated. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    /** The ids of the clause's source documents. */
    public ObjectProperty<List<String>> sourcesProperty() {
        return sources;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    /** Names the clause's unbalanced brackets; "" when they all match. */
    public ReadOnlyStringProperty bracketWarningProperty() {
        return bracketWarning.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Highlight>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }
}
