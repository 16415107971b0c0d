package org.clausewright.ui.review;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.clausewright.model.AnnotationKind;
import org.clausewright.ui.CardCell;
import org.clausewright.ui.Messages;
import org.clausewright.ui.OwnDirection;
import org.clausewright.ui.ProjectViewModel;

import java.util.function.Function;

/** Right of the window: the clause's threads, the actions on the picked one, and a form for a new one. */
public final class ReviewView {
    private final VBox root;

    public ReviewView(ReviewViewModel model, ProjectViewModel document) {
        Messages messages = document.messages();
        ComboBox<ReviewViewModel.Filter> filter = new ComboBox<>();
        filter.setId("review-filter");
        filter.getItems().setAll(ReviewViewModel.Filter.values());
        filter.setConverter(converter(f -> messages.get("review.filter." + f.name().toLowerCase())));
        filter.valueProperty().bindBidirectional(model.filterProperty());

        ListView<ThreadRow> list = new ListView<>();
        list.setId("review-threads");
        list.setCellFactory(v -> new ThreadCell());
        list.setPlaceholder(new Label(messages.get("review.none")));
        model.threadsProperty().addListener((obs, old, rows) -> {
            // typing before an anchored passage moves its offsets and nothing a card shows: the cards are left
            // alone (no new nodes to style and lay out per keystroke); the view model's rows are the current ones
            if (ThreadRow.lookAlike(list.getItems(), rows)) {
                return;
            }
            list.getItems().setAll(rows);
            // typing that moves anchors renews the rows: the picked one stays picked, the list does not jump
            showPicked(list, document.selectedThreadIdProperty().get(), false);
        });
        list.getItems().setAll(model.threadsProperty().get());
        // a new comment or a reply picks its thread: it is selected and scrolled into view, wherever the list was
        document.selectedThreadIdProperty().addListener((obs, old, id) -> {
            ThreadRow shown = list.getSelectionModel().getSelectedItem();
            // a row clicked in the list is where the member is looking already
            showPicked(list, id, shown == null || !shown.id().equals(id));
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                document.selectedThreadIdProperty().set(row.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setMinHeight(140);

        Button reply = new Button(messages.get("review.reply"));
        reply.setId("review-reply");
        reply.setOnAction(e -> picked(list).ifPresent(r -> {
            model.replyTo(r.id());
            showPicked(list, r.id(), true);
        }));
        Button resolve = new Button(messages.get("review.resolve"));
        resolve.setId("review-resolve");
        resolve.setOnAction(e -> picked(list).ifPresent(r -> {
            if (r.isOpen()) {
                model.resolve(r.id());
            } else {
                model.reopen(r.id());
            }
        }));
        resolve.textProperty().bind(Bindings.createStringBinding(() -> {
            ThreadRow r = list.getSelectionModel().getSelectedItem();
            return messages.get(r != null && !r.isOpen() ? "review.reopen" : "review.resolve");
        }, list.getSelectionModel().selectedItemProperty()));
        Button accept = new Button(messages.get("review.accept"));
        accept.setId("review-accept");
        accept.setOnAction(e -> picked(list).ifPresent(r -> model.accept(r.id())));
        accept.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ThreadRow r = list.getSelectionModel().getSelectedItem();
            return r == null || r.thread().kind() != AnnotationKind.SUGGESTION || !r.isOpen() || r.thread().detached();
        }, list.getSelectionModel().selectedItemProperty()));
        Button reject = new Button(messages.get("review.reject"));
        reject.setId("review-reject");
        reject.setOnAction(e -> picked(list).ifPresent(r -> model.reject(r.id())));
        // a detached suggestion can still be turned down: rejecting changes no words
        reject.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ThreadRow r = list.getSelectionModel().getSelectedItem();
            return r == null || r.thread().kind() != AnnotationKind.SUGGESTION || !r.isOpen();
        }, list.getSelectionModel().selectedItemProperty()));
        Button reattach = new Button(messages.get("review.reattach"));
        reattach.setId("review-reattach");
        reattach.setOnAction(e -> picked(list).ifPresent(r -> model.reattach(r.id())));
        // only a thread whose words were lost has anything to be re-attached from
        reattach.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ThreadRow r = list.getSelectionModel().getSelectedItem();
            return r == null || !r.thread().detached();
        }, list.getSelectionModel().selectedItemProperty()));
        FlowPane actions = new FlowPane(6, 6, reply, resolve, accept, reject, reattach);
        actions.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.createBooleanBinding(document::isReadOnly)));

        root = new VBox(8, new Label(messages.get("review.title")), filter, list, actions, composer(model, messages));
        root.setPadding(new Insets(10));
        root.setId("review");
        root.setMinWidth(240);
    }

    private static Node composer(ReviewViewModel model, Messages messages) {
        ComboBox<AnnotationKind> kind = new ComboBox<>();
        kind.setId("review-kind");
        kind.getItems().setAll(AnnotationKind.values());
        kind.setValue(AnnotationKind.COMMENT);
        kind.setConverter(converter(k -> messages.get("review.kind." + k.key())));
        TextArea note = new TextArea();
        note.setId("review-note");
        note.setPromptText(messages.get("review.notePrompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        TextField replacement = new TextField();
        replacement.setId("review-replacement");
        replacement.setPromptText(messages.get("review.replacementPrompt"));
        replacement.visibleProperty().bind(kind.valueProperty().isEqualTo(AnnotationKind.SUGGESTION));
        replacement.managedProperty().bind(replacement.visibleProperty());
        Button add = new Button(messages.get("review.add"));
        add.setId("review-add");
        add.setDefaultButton(false);
        add.setOnAction(e -> model.add(kind.getValue(), note.getText(), replacement.getText()).ifPresent(id -> {
            note.clear();
            replacement.clear();
        }));
        VBox box = new VBox(6, new Label(messages.get("review.new")), kind, note, replacement, add);
        box.getStyleClass().add("review-composer");
        return box;
    }

    /** Selects the thread's row; {@code scroll}: brings it into view too (after the member's own action). */
    private static void showPicked(ListView<ThreadRow> list, String threadId, boolean scroll) {
        if (threadId == null) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id().equals(threadId)) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                }
                if (scroll) {
                    list.scrollTo(i);
                    // the list places rows by estimated heights, and cards wrap again when its scroll bar
                    // appears; once laid out, the row is scrolled to again, so it is not left below the edge
                    int row = i;
                    javafx.application.Platform.runLater(() -> {
                        list.layout();
                        list.scrollTo(row);
                    });
                }
                return;
            }
        }
    }

    private static java.util.Optional<ThreadRow> picked(ListView<ThreadRow> list) {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    public Node node() {
        return root;
    }

    /** A thread as a card. */
    private static final class ThreadCell extends CardCell<ThreadRow> {
        @Override
        protected VBox card(ThreadRow row) {
            // the quote and each line of the words in their own direction: an English comment reads left to right
            // in the Arabic window too
            VBox box = new VBox(2, label(row.header(), "thread-header"), OwnDirection.apply(
                    label(row.quote(), row.thread().detached() ? "thread-detached" : "thread-quote")));
            if (!row.body().isEmpty()) {
                box.getChildren().addAll(OwnDirection.lines(row.body(), line -> label(line, null)));
            }
            box.getStyleClass().add(row.isOpen() ? "thread-open" : "thread-resolved");
            return box;
        }
    }
}
