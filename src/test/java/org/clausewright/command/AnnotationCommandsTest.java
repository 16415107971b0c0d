package org.clausewright.command;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.model.Reply;
import org.clausewright.model.Resolution;
import org.clausewright.model.TextAnchor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnotationCommandsTest {
    private final Project draft = Drafts.small();
    private final String text = draft.clause("c1").orElseThrow().text();

    @Test
    void editingTextMovesAnchorsWithTheirWords() {
        Project p = new EditText("c1", "All " + text).apply(draft);
        TextAnchor anchor = p.threadsOf("c1").get(0).anchor();
        assertThat(anchor.quote()).isEqualTo("report");
        assertThat(anchor.start()).isEqualTo(text.indexOf("report") + 4);
    }

    @Test
    void deletingTheWordsDetachesTheThreadButKeepsIt() {
        Project p = new EditText("c1", "Nothing left here at all.").apply(draft);
        assertThat(p.threadsOf("c1")).singleElement().satisfies(t -> assertThat(t.detached()).isTrue());
        Project re = new ReattachThread("c1", "t-1", 0, 7).apply(p);
        AnnotationThread t = re.threadsOf("c1").get(0);
        assertThat(t.detached()).isFalse();
        assertThat(t.anchor().quote()).isEqualTo("Nothing");
    }

    @Test
    void replyResolveReopen() {
        Project p = new ReplyToThread("c1", "t-1", new Reply("r-1", "Ana", Drafts.T, "Because.")).apply(draft);
        assertThat(p.threadsOf("c1").get(0).replies()).hasSize(1);
        ResolveThread resolve = new ResolveThread("c1", "t-1", new Resolution("Ana", Drafts.T));
        assertThat(resolve.name()).isEqualTo("command.resolve");
        p = resolve.apply(p);
        assertThat(p.threadsOf("c1").get(0).isOpen()).isFalse();
        p = ResolveThread.reopen("c1", "t-1").apply(p);
        assertThat(p.threadsOf("c1").get(0).isOpen()).isTrue();
    }

    @Test
    void acceptingASuggestionReplacesItsWordsAndResolvesIt() {
        int start = text.indexOf("should");
        AnnotationThread s = AnnotationThread.open("t-2", TextAnchor.of(text, start, start + 6),
                AnnotationKind.SUGGESTION, "Ana", Drafts.T, "Stronger").withReplacement("must");
        AddThread add = new AddThread("c1", s);
        assertThat(add.name()).isEqualTo("command.addThread.suggestion");
        Project p = add.apply(draft);
        p = new AcceptSuggestion("c1", "t-2", new Resolution("Ana", Drafts.T)).apply(p);
        assertThat(p.clause("c1").orElseThrow().text()).startsWith("Scientists must report");
        AnnotationThread accepted = p.threadsOf("c1").stream().filter(t -> t.id().equals("t-2")).findFirst().orElseThrow();
        assertThat(accepted.isOpen()).isFalse();
        assertThat(accepted.anchor().quote()).isEqualTo("must");
        AnnotationThread other = p.threadsOf("c1").get(0);
        assertThat(other.anchor().quote()).isEqualTo("report");
        assertThat(other.anchor().matchesAt(p.clause("c1").orElseThrow().text())).isTrue();
    }

    @Test
    void onlySuggestionsCanBeAccepted() {
        assertThatThrownBy(() -> new AcceptSuggestion("c1", "t-1", new Resolution("Ana", Drafts.T)).apply(draft))
                .hasMessageContaining("not a suggestion");
    }

    @Test
    void acceptIsOneUndoStep() {
        int start = text.indexOf("should");
        AnnotationThread s = AnnotationThread.open("t-2", TextAnchor.of(text, start, start + 6),
                AnnotationKind.SUGGESTION, "Ana", Drafts.T, "").withReplacement("must");
        CommandStack stack = new CommandStack(draft);
        Project withSuggestion = stack.execute(new AddThread("c1", s));
        stack.execute(new AcceptSuggestion("c1", "t-2", new Resolution("Ana", Drafts.T)));
        assertThat(stack.undoName()).contains("command.acceptSuggestion");
        assertThat(stack.undo()).isSameAs(withSuggestion);
    }
}
