package org.clausewright.ui.window;

import javafx.scene.control.TreeItem;
import org.clausewright.model.AnnotationKind;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.editor.ClauseEditorView;
import org.clausewright.ui.history.HistoryViewModel;
import org.clausewright.ui.outline.OutlineEditing;
import org.clausewright.ui.outline.OutlineRow;
import org.clausewright.ui.outline.OutlineView;
import org.clausewright.ui.outline.OutlineViewModel;
import org.clausewright.ui.negotiation.NegotiationViewModel;
import org.clausewright.ui.review.ReviewViewModel;

/** The window's actions, each defined once and used by the menu, the toolbar and the shortcuts. */
final class EditorActions {
    private final ProjectViewModel document;
    private final OutlineViewModel outline;
    private final OutlineEditing editing;
    private final OutlineView outlineView;
    private final ClauseEditorView editor;
    private final HistoryViewModel history;
    private final ReviewViewModel review;
    private final NegotiationViewModel negotiation;
    private final Autosave autosave;
    private final Runnable export;
    private final Runnable importReview;
    private final Runnable find;

    EditorActions(ProjectViewModel document, OutlineViewModel outline, OutlineEditing editing, OutlineView outlineView,
                  ClauseEditorView editor, HistoryViewModel history, ReviewViewModel review, NegotiationViewModel negotiation, Autosave autosave,
                  Runnable export, Runnable importReview, Runnable find) {
        this.document = document;
        this.outline = outline;
        this.editing = editing;
        this.outlineView = outlineView;
        this.editor = editor;
        this.history = history;
        this.review = review;
        this.negotiation = negotiation;
        this.autosave = autosave;
        this.export = export;
        this.importReview = importReview;
        this.find = find;
    }

    void save() {
        autosave.saveNow();
    }

    void recordVersion() {
        if (!document.isReadOnly()) {
            history.record();
        }
    }

    void export() {
        export.run();
    }

    void importReview() {
        if (!document.isReadOnly()) {
            importReview.run();
        }
    }

    /** A new clause after the selected one, with the cursor in its heading: typing names it. */
    void addClause() {
        editing.addClause().ifPresent(id -> {
            outlineView.select(id);
            editor.editHeading();
        });
    }

    void addSection() {
        editing.addSection().ifPresent(outlineView::select);
    }

    void addPart() {
        editing.addPart().ifPresent(outlineView::select);
    }

    void rename() {
        TreeItem<OutlineRow> item = outlineView.node().getSelectionModel().getSelectedItem();
        if (item != null && !document.isReadOnly()) {
            outlineView.node().requestFocus();
            outlineView.node().edit(item);
        }
    }

    void delete() {
        editing.delete(outline.selectedProperty().get());
    }

    void moveUp() {
        editing.moveUp(outline.selectedProperty().get());
    }

    void moveDown() {
        editing.moveDown(outline.selectedProperty().get());
    }

    void indent() {
        editing.indent(outline.selectedProperty().get());
    }

    void outdent() {
        editing.outdent(outline.selectedProperty().get());
    }

    /** A comment on the words selected in the editor, asked for in a small dialog. */
    void comment() {
        if (document.selectedClauseIdProperty().get() == null || document.isReadOnly()) {
            return;
        }
        document.dialogs().askText(document.messages().get("review.kind.comment"),
                document.messages().get("review.notePrompt"), "")
                .ifPresent(note -> review.add(AnnotationKind.COMMENT, note, ""));
    }

    /** The Library tab, its search field focused. */
    void find() {
        find.run();
    }

    /** The words selected in the clause text become a bracket (Ctrl+Shift+B). */
    void bracket() {
        negotiation.bracketSelection();
    }

    void decide() {
        negotiation.decide();
    }

    void editParties() {
        negotiation.editParties();
    }

    void freezeNumbering() {
        negotiation.freezeNumbering();
    }

    /** The outline's rows coloured by status, or not: a view only, never the data. */
    void colourByStatus(boolean on) {
        outline.colourByStatusProperty().set(on);
    }
}
