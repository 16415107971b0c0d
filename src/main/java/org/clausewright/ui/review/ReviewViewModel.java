package org.clausewright.ui.review;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.clausewright.command.AcceptSuggestion;
import org.clausewright.command.AddThread;
import org.clausewright.command.ReattachThread;
import org.clausewright.command.RejectSuggestion;
import org.clausewright.command.ReplyToThread;
import org.clausewright.command.ResolveThread;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Ids;
import org.clausewright.model.Reply;
import org.clausewright.model.Resolution;
import org.clausewright.model.TextAnchor;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The selected clause's annotation threads, filtered, and the actions on them. Holds no nodes. */
public final class ReviewViewModel {
    public enum Filter { ALL, OPEN, RESOLVED }

    private final ProjectViewModel document;
    private final Messages messages;
    private final Supplier<Instant> clock;
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.OPEN);
    private final ReadOnlyObjectWrapper<List<ThreadRow>> threads = new ReadOnlyObjectWrapper<>(List.of());
    private final DateTimeFormatter dates;
    private List<AnnotationThread> loadedThreads;
    private org.clausewright.model.ProjectInfo loadedInfo;
    private Filter loadedFilter;

    public ReviewViewModel(ProjectViewModel document, Supplier<Instant> clock) {
        this.document = document;
        this.messages = document.messages();
        this.clock = clock;
        this.dates = messages.dates(FormatStyle.MEDIUM, null)
                .withZone(ZoneId.systemDefault());
        document.projectProperty().addListener((obs, old, p) -> load());
        document.selectedClauseIdProperty().addListener((obs, old, id) -> load());
        filter.addListener((obs, old, f) -> load());
        load();
    }

    private void load() {
        String clauseId = document.selectedClauseIdProperty().get();
        if (clauseId == null || document.project() == null) {
            loadedThreads = null;
            threads.set(List.of());
            return;
        }
        List<AnnotationThread> source = document.project().threadsOf(clauseId);
        org.clausewright.model.ProjectInfo info = document.project().info();
        // a keystroke that moves no anchor leaves the clause's threads (and the members' names) as they were
        if (source == loadedThreads && info == loadedInfo && filter.get() == loadedFilter) {
            return;
        }
        loadedThreads = source;
        loadedInfo = info;
        loadedFilter = filter.get();
        List<ThreadRow> rows = source.stream()
                .filter(t -> filter.get() == Filter.ALL || t.isOpen() == (filter.get() == Filter.OPEN))
                .map(this::row).toList();
        // typing that moves no anchor leaves the list (and its cells) alone
        if (!rows.equals(threads.get())) {
            threads.set(rows);
        }
    }

    private ThreadRow row(AnnotationThread t) {
        String author = new org.clausewright.ui.negotiation.NegotiationText(messages)
                .member(document.project().info(), t.author());
        String kind = t.unknownKind().orElseGet(() -> messages.get("review.kind." + t.kind().key()));
        String header = kind + " · " + author + " · "
                + dates.format(t.created()) + (t.isOpen() ? "" : " · " + messages.get("review.resolved"));
        String quote = t.detached() ? messages.format("review.detached", t.anchor().quote())
                : t.anchor().isWholeClause() ? messages.get("review.wholeClause")
                : messages.format("review.quoted", t.anchor().quote());
        StringBuilder body = new StringBuilder(t.text());
        if (!t.replacement().isEmpty()) {
            body.append('\n').append(messages.format("review.replaceWith", t.replacement()));
        }
        t.replies().forEach(r -> body.append('\n').append("↳ ").append(r.author()).append(": ").append(r.text()));
        return new ThreadRow(t, header, quote, body.toString());
    }

    /**
     * Opens a thread on the words selected in the editor (the whole clause when none are) and picks it, so that
     * the list shows it; returns its id. {@code replacement} is used only for a suggestion.
     */
    public Optional<String> add(AnnotationKind kind, String note, String replacement) {
        Clause clause = selectedClause();
        if (clause == null || document.isReadOnly()) {
            return Optional.empty();
        }
        int[] words = selectedWords(clause);
        TextAnchor anchor = words == null ? TextAnchor.wholeClause() : TextAnchor.of(clause.text(), words[0], words[1]);
        AnnotationThread thread = AnnotationThread.open(Ids.random("t-"), anchor, kind, document.member(),
                clock.get(), note == null ? "" : note.strip());
        if (kind == AnnotationKind.SUGGESTION) {
            thread = thread.withReplacement(replacement == null ? "" : replacement);
        }
        if (!document.execute(new AddThread(clause.id(), thread))) {
            return Optional.empty();
        }
        if (filter.get() == Filter.RESOLVED) {
            filter.set(Filter.OPEN);
        }
        document.selectedThreadIdProperty().set(thread.id());
        return Optional.of(thread.id());
    }

    /**
     * The editor's selection without the spaces and line breaks at its ends (a double-click or a drag easily
     * takes one in), or null when it holds no words.
     */
    private int[] selectedWords(Clause clause) {
        String text = clause.text();
        int start = Math.max(0, Math.min(document.selectionStartProperty().get(), text.length()));
        int end = Math.max(start, Math.min(document.selectionEndProperty().get(), text.length()));
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new int[] {start, end} : null;
    }

    /** Asks for a reply, showing the thread it answers, and adds it; the reply may run to several lines. */
    public void replyTo(String threadId) {
        Optional<ThreadRow> row = threads.get().stream().filter(r -> r.id().equals(threadId)).findFirst();
        if (row.isEmpty() || document.isReadOnly()) {
            return;
        }
        ThreadRow r = row.get();
        String thread = r.header() + "\n" + r.quote() + (r.body().isEmpty() ? "" : "\n" + r.body());
        document.dialogs().askNote(messages.get("review.replyTitle"), thread, messages.get("review.replyPrompt"))
                .ifPresent(text -> reply(threadId, text));
    }

    /** Adds a reply to the thread and keeps the thread picked, so that the list shows the reply. */
    public void reply(String threadId, String text) {
        Clause clause = selectedClause();
        if (clause != null && text != null && !text.isBlank()
                && document.execute(new ReplyToThread(clause.id(), threadId,
                        new Reply(Ids.random("r-"), document.member(), clock.get(), text.strip())))) {
            document.selectedThreadIdProperty().set(threadId);
        }
    }

    public void resolve(String threadId) {
        Clause clause = selectedClause();
        if (clause != null) {
            document.execute(new ResolveThread(clause.id(), threadId, new Resolution(document.member(), clock.get())));
        }
    }

    public void reopen(String threadId) {
        Clause clause = selectedClause();
        if (clause != null) {
            document.execute(ResolveThread.reopen(clause.id(), threadId));
        }
    }

    public void accept(String threadId) {
        Clause clause = selectedClause();
        if (clause != null) {
            document.execute(new AcceptSuggestion(clause.id(), threadId,
                    new Resolution(document.member(), clock.get())));
        }
    }

    /** Turns the suggestion down: resolved with a "Rejected." reply, the clause unchanged. */
    public void reject(String threadId) {
        Clause clause = selectedClause();
        if (clause != null) {
            document.execute(new RejectSuggestion(clause.id(), threadId, document.member(), clock.get()));
        }
    }

    /**
     * Points a detached thread at the words now selected in the editor (their spaces at the ends left out).
     * A thread that still finds its words is left alone: it has nothing to be re-attached from.
     */
    public boolean reattach(String threadId) {
        Clause clause = selectedClause();
        if (clause == null) {
            return false;
        }
        boolean detached = document.project().threadsOf(clause.id()).stream()
                .anyMatch(t -> t.id().equals(threadId) && t.detached());
        int[] words = selectedWords(clause);
        if (!detached || words == null) {
            return false;
        }
        return document.execute(new ReattachThread(clause.id(), threadId, words[0], words[1]));
    }

    private Clause selectedClause() {
        String id = document.selectedClauseIdProperty().get();
        return id == null ? null : document.project().clause(id).orElse(null);
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<List<ThreadRow>> threadsProperty() {
        return threads.getReadOnlyProperty();
    }
}
