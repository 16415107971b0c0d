package org.clausewright.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReanchoringTest {
    private static final Instant T = Instant.parse("2026-01-05T10:00:00Z");
    private static final String TEXT =
            "Scientists should consider whether their work could be misused to cause harm.";

    private static AnnotationThread thread(String id, String text, String quote) {
        int start = text.indexOf(quote);
        return AnnotationThread.open(id, TextAnchor.of(text, start, start + quote.length()),
                AnnotationKind.COMMENT, "Li Wei", T, "note");
    }

    @Test
    void reportsWhatHappenedToEachThread() {
        AnnotationThread before = thread("t-before", TEXT, "Scientists");
        AnnotationThread after = thread("t-after", TEXT, "misused to cause harm");
        AnnotationThread gone = thread("t-gone", TEXT, "whether their work");
        AnnotationThread whole = AnnotationThread.open("t-whole", TextAnchor.wholeClause(),
                AnnotationKind.QUESTION, "Li Wei", T, "all of it?");
        String edited = TEXT.replace("consider whether their work", "weigh if research");

        Reanchoring r = AnchorRelocator.relocateAll(TEXT, edited, List.of(before, after, gone, whole));

        assertThat(r.threads()).extracting(AnnotationThread::id)
                .containsExactly("t-before", "t-after", "t-gone", "t-whole");
        assertThat(r.outcomes()).extracting(Reanchoring.Outcome::method).containsExactly(
                AnchorMethod.EXACT, AnchorMethod.EXACT, AnchorMethod.DETACHED, AnchorMethod.EXACT);
        assertThat(r.moved(AnchorMethod.EXACT)).containsExactly("t-before", "t-after");
        assertThat(r.newlyDetached()).containsExactly("t-gone");
        assertThat(r.reattached()).isEmpty();
        assertThat(r.threads().get(2).detached()).isTrue();
        assertThat(r.threads().get(2).anchor()).isEqualTo(gone.anchor());
        assertThat(r.threads().get(3)).isEqualTo(whole);
        assertThat(r.changedAny()).isTrue();
    }

    @Test
    void detachedThreadIsReattachedWhenItsWordsComeBack() {
        AnnotationThread gone = thread("t-gone", TEXT, "whether their work");
        String edited = TEXT.replace("whether their work", "if it");
        Reanchoring cut = AnchorRelocator.relocateAll(TEXT, edited, List.of(gone));

        Reanchoring undone = AnchorRelocator.relocateAll(edited, TEXT, cut.threads());

        assertThat(undone.reattached()).containsExactly("t-gone");
        assertThat(undone.threads().get(0).detached()).isFalse();
        assertThat(undone.threads().get(0).anchor()).isEqualTo(gone.anchor());
    }

    @Test
    void threadsKeepEverythingButTheirAnchor() {
        AnnotationThread t = thread("t-1", TEXT, "harm").withReplacement("damage")
                .withReply(new Reply("r-1", "Amina Diallo", T, "Agree."));

        AnnotationThread moved = AnchorRelocator.relocateAll(TEXT, "All " + TEXT, List.of(t)).threads().get(0);

        assertThat(moved).isEqualTo(t.reanchored(moved.anchor(), false));
        assertThat(moved.anchor().start()).isEqualTo(t.anchor().start() + 4);
    }

    @Test
    void unchangedTextChangesNothing() {
        Reanchoring r = AnchorRelocator.relocateAll(TEXT, TEXT, List.of(thread("t-1", TEXT, "harm")));

        assertThat(r.changedAny()).isFalse();
    }

    /** How long this takes is a figure of `clausewright bench` ("re-anchor 20 threads after a keystroke"). */
    @Test
    void aKeystrokeInALongClauseWithTwentyThreadsKeepsEveryAnchorExactAndInPlace() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5_000) {
            sb.append("Clause ").append(sb.length()).append(": scientists weigh the risks of their work. ");
        }
        String text = sb.substring(0, 5_000);
        List<AnnotationThread> threads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int start = 100 + i * 240;
            threads.add(AnnotationThread.open("t-" + i, TextAnchor.of(text, start, start + 40),
                    AnnotationKind.COMMENT, "Li Wei", T, "note"));
        }
        String typed = text.substring(0, 2_590) + "x" + text.substring(2_590);

        Reanchoring r = AnchorRelocator.relocateAll(text, typed, threads);

        assertThat(r.outcomes()).allMatch(o -> o.method() == AnchorMethod.EXACT);
        for (int i = 0; i < 20; i++) {
            int start = threads.get(i).anchor().start();
            int shift = start >= 2_590 ? 1 : 0;
            assertThat(r.threads().get(i).anchor().start()).as("thread %d", i).isEqualTo(start + shift);
            assertThat(typed.substring(start + shift, start + shift + 40)).isEqualTo(text.substring(start, start + 40));
        }
    }
}
