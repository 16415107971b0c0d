package org.clausewright.ui.negotiation;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.clausewright.command.AddOption;
import org.clausewright.command.AttributeOption;
import org.clausewright.command.BracketWords;
import org.clausewright.command.CleanBracket;
import org.clausewright.command.Command;
import org.clausewright.command.Decide;
import org.clausewright.command.DecisionRefused;
import org.clausewright.command.EditParties;
import org.clausewright.command.FreezeNumbering;
import org.clausewright.command.SetOptionNote;
import org.clausewright.command.WithRecordedBrackets;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.Negotiation;
import org.clausewright.model.ProjectInfo;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The negotiation over the selected clause: its status and decision log, its brackets with who stands where, and
 * the actions on them, each an undoable command. Dialogs go through {@link org.clausewright.ui.Dialogs}.
 */
public final class NegotiationViewModel {
    private final ProjectViewModel document;
    private final Messages m;
    private final NegotiationText text;
    private final Supplier<Instant> clock;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<String>> decisions = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<BracketCard>> brackets = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper bracketsTitle = new ReadOnlyStringWrapper("");

    public NegotiationViewModel(ProjectViewModel document, Supplier<Instant> clock) {
        this.document = document;
        this.m = document.messages();
        this.text = new NegotiationText(m);
        this.clock = clock;
        document.projectProperty().addListener((obs, old, p) -> load());
        document.selectedClauseIdProperty().addListener((obs, old, id) -> load());
        load();
    }

    private void load() {
        Clause clause = clause().orElse(null);
        if (clause == null) {
            status.set("");
            decisions.set(List.of());
            brackets.set(List.of());
            bracketsTitle.set("");
            return;
        }
        ProjectInfo info = document.project().info();
        status.set(clause.unknownStatus().orElseGet(() -> m.get("status." + clause.status().key())));
        setIfChanged(decisions, text.decisions(clause, info));
        List<BracketCard> cards = text.cards(BracketSync.reconcile(clause), info);
        setIfChanged(brackets, cards);
        bracketsTitle.set(m.format("brackets.title", cards.stream().filter(BracketCard::open).count()));
    }

    private static <T> void setIfChanged(ReadOnlyObjectWrapper<T> property, T value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    private Optional<Clause> clause() {
        String id = document.selectedClauseIdProperty().get();
        return id == null || document.project() == null ? Optional.empty() : document.project().clause(id);
    }

    private boolean editable() {
        return clause().isPresent() && !document.isReadOnly();
    }

    /** The words selected in the editor become a bracket of one option. */
    public void bracketSelection() {
        if (!editable()) {
            return;
        }
        int start = document.selectionStartProperty().get();
        int end = document.selectionEndProperty().get();
        if (start >= end) {
            document.dialogs().notify(m.get("brackets.selectFirst"));
            return;
        }
        // a double-click takes the space after a word with it: the bracket closes on the word
        String words = clause().get().text();
        while (end > start && Character.isWhitespace(words.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(words.charAt(start))) {
            start++;
        }
        run(new BracketWords(clause().get().id(), start, end));
    }

    public void addOption(String bracketId) {
        document.dialogs().askText(m.get("brackets.addOption"), m.get("brackets.addOption.prompt"), "")
                .ifPresent(words -> recorded(new AddOption(clauseId(), bracketId, words)));
    }

    /** The option of no text: the passage would be dropped. */
    public void addNoText(String bracketId) {
        recorded(new AddOption(clauseId(), bracketId, ""));
    }

    public void attribute(String bracketId, int option) {
        ProjectInfo info = document.project().info();
        if (info.delegations().isEmpty()) {
            document.dialogs().notify(m.get("attribute.noDelegations"));
            return;
        }
        bracket(bracketId).flatMap(b -> document.dialogs().askAttribution(bracketId, b.optionTexts(), option, info))
                .ifPresent(a -> recorded(new AttributeOption(clauseId(), bracketId, a.option(), a.delegation(),
                        a.stance())));
    }

    public void note(String bracketId, int option) {
        bracket(bracketId).ifPresent(b -> document.dialogs().askNote(m.get("brackets.note"),
                        m.format("brackets.option", option + 1, text.label(b.optionTexts().get(option))),
                        m.get("brackets.note.prompt"))
                .ifPresent(note -> recorded(new SetOptionNote(clauseId(), bracketId, option, note))));
    }

    public void clean(String bracketId) {
        bracket(bracketId).flatMap(b -> document.dialogs().askCleaning(bracketId, b.optionTexts(),
                        document.project().info()))
                .ifPresent(c -> recorded(new CleanBracket(clauseId(), bracketId, c.option(),
                        context(c.meeting(), "", c.note()))));
    }

    /**
     * Asks for a decision on the selected clause. The command decides whether it may be taken; its refusal (an open
     * bracket) is said here in the member's language, with the brackets named.
     */
    public void decide() {
        Clause clause = clause().orElse(null);
        if (clause == null || document.isReadOnly()) {
            return;
        }
        String title = document.numbering().label(clause.id()) + " " + clause.heading();
        document.dialogs().askDecision(title.strip(), clause.status(), document.project().info())
                .ifPresent(d -> document.execute(
                        new Decide(clause.id(), d.status(), context(d.meeting(), d.requestedBy(), d.note())),
                        m.get("decide.refused"), DecisionRefused.class,
                        refused -> text.openBrackets(now(clause), d.status())));
    }

    // the clause as the command found it when it refused, which may have changed while the dialog was open
    private Clause now(Clause asked) {
        return document.project().clause(asked.id()).orElse(asked);
    }

    public void editParties() {
        if (document.isReadOnly()) {
            return;
        }
        document.dialogs().editParties(document.project().info())
                .ifPresent(p -> document.execute(new EditParties(p.delegations(), p.meetings(), p.members())));
    }

    /** Freezes the numbering once the member confirms; says so when it already is. */
    public void freezeNumbering() {
        if (document.isReadOnly()) {
            return;
        }
        if (document.project().outline().isFrozen()) {
            document.dialogs().notify(m.get("freeze.already"));
        } else if (document.dialogs().confirm(m.get("freeze.title"), m.get("freeze.confirm"))) {
            document.execute(new FreezeNumbering());
        }
    }

    private Negotiation.Context context(String meeting, String requestedBy, String note) {
        return new Negotiation.Context(clock.get(), document.member(), meeting, requestedBy, note);
    }

    private Optional<Bracket> bracket(String bracketId) {
        return editable() ? BracketSync.reconcile(clause().get()).bracket(bracketId) : Optional.empty();
    }

    private String clauseId() {
        return document.selectedClauseIdProperty().get();
    }

    private void run(Command command) {
        document.execute(command);
    }

    private void recorded(Command command) {
        document.execute(new WithRecordedBrackets(clauseId(), command));
    }

    /** The clause's status in words, "" when no clause is selected. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The decision log, latest first. */
    public ReadOnlyObjectProperty<List<String>> decisionsProperty() {
        return decisions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<BracketCard>> bracketsProperty() {
        return brackets.getReadOnlyProperty();
    }

    /** "Brackets: 2 open". */
    public ReadOnlyStringProperty bracketsTitleProperty() {
        return bracketsTitle.getReadOnlyProperty();
    }
}
