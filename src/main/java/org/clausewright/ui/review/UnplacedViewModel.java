package org.clausewright.ui.review;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.clausewright.command.AttachUnplaced;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.Project;
import org.clausewright.model.UnplacedThread;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.util.List;

/**
 * The threads reviews brought that fit no clause ({@code project.unplaced()}), and attaching one to the clause
 * selected in the outline. Holds no nodes.
 */
public final class UnplacedViewModel {
    private final ProjectViewModel document;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<UnplacedRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private List<UnplacedThread> shown = List.of();

    public UnplacedViewModel(ProjectViewModel document) {
        this.document = document;
        this.messages = document.messages();
        document.projectProperty().addListener((obs, old, p) -> load(p));
        load(document.project());
    }

    private void load(Project project) {
        // typing changes the project on every keystroke; the list is rebuilt only when the unplaced list changed
        if (project == null || project.unplaced() == shown) {
            return;
        }
        shown = project.unplaced();
        rows.set(shown.stream().map(this::row).toList());
        count.set(shown.size());
    }

    private UnplacedRow row(UnplacedThread u) {
        var t = u.thread();
        String kind = t.unknownKind().orElseGet(() -> messages.get("review.kind." + t.kind().key()));
        String header = messages.format("unplaced.header", kind, t.author(), u.source());
        StringBuilder body = new StringBuilder(t.text());
        if (t.kind() == AnnotationKind.SUGGESTION) {
            body.append(body.length() > 0 ? "\n" : "").append(messages.format("review.quoted", t.anchor().quote()))
                    .append(" → ").append(messages.format("review.quoted", t.replacement()));
        }
        return new UnplacedRow(t.id(), header, messages.format("unplaced.context", u.context()), body.toString());
    }

    /**
     * Attaches the thread to the clause selected in the outline, on its words where the clause has them, else
     * on the whole clause (shown as detached); the thread is then picked in the Review panel.
     */
    public boolean attach(String threadId) {
        String clauseId = document.selectedClauseIdProperty().get();
        if (clauseId == null || threadId == null || document.isReadOnly()) {
            return false;
        }
        if (!document.execute(new AttachUnplaced(threadId, clauseId))) {
            return false;
        }
        document.selectedThreadIdProperty().set(threadId);
        return true;
    }

    /** Whether a clause is selected to attach to. */
    public BooleanBinding canAttachProperty() {
        return Bindings.createBooleanBinding(() -> document.selectedClauseIdProperty().get() != null
                && !document.isReadOnly(), document.selectedClauseIdProperty());
    }

    public ReadOnlyObjectProperty<List<UnplacedRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
