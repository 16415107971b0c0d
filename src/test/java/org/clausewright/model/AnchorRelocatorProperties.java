package org.clausewright.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Random texts from a small alphabet (so that quotes recur), a random anchor, and a random run of
 * insertions, deletions and replacements, re-anchoring after each one as the editor does per keystroke.
 */
class AnchorRelocatorProperties {
    private static final char[] ALPHABET = {'a', 'b', ' ', 'é'};

    /** Replace {@code text[at, at + remove)} by {@code insert}; positions are taken modulo the text. */
    record Edit(int at, int remove, String insert) {
        int start(String text) {
            return at % (text.length() + 1);
        }

        int end(String text) {
            return Math.min(text.length(), start(text) + remove);
        }

        String applyTo(String text) {
            return text.substring(0, start(text)) + insert + text.substring(end(text));
        }
    }

    @Property(tries = 400)
    void threadIsNeverLostAndEveryResultIsConsistent(@ForAll("texts") String text,
                                                     @ForAll @IntRange(max = 1000) int startSeed,
                                                     @ForAll @IntRange(min = 1, max = 12) int length,
                                                     @ForAll("edits") List<Edit> edits,
                                                     @ForAll boolean oldTextKnown) {
        int start = startSeed % text.length();
        TextAnchor anchor = TextAnchor.of(text, start, Math.min(text.length(), start + length));
        boolean detached = false;
        for (Edit edit : edits) {
            String newText = edit.applyTo(text);
            Relocation r = oldTextKnown ? AnchorRelocator.relocate(anchor, text, newText)
                    : AnchorRelocator.relocate(anchor, newText);

            assertThat(r).isNotNull();
            Statistics.label("method").collect(r.method());
            assertThat(r.anchor()).isNotNull();
            switch (r.method()) {
                case EXACT, QUOTE -> {
                    assertThat(newText.substring(r.anchor().start(), r.anchor().end())).isEqualTo(anchor.quote());
                    assertThat(r.anchor()).isEqualTo(TextAnchor.of(newText, r.anchor().start(), r.anchor().end()));
                }
                case FUZZY -> {
                    assertThat(anchor.quote().length()).isGreaterThanOrEqualTo(4);
                    assertThat(levenshtein(r.anchor().quote(), anchor.quote()))
                            .isLessThanOrEqualTo(anchor.quote().length() / 4);
                    assertThat(r.anchor()).isEqualTo(TextAnchor.of(newText, r.anchor().start(), r.anchor().end()));
                }
                case DETACHED -> assertThat(r.anchor()).isEqualTo(anchor);
            }
            boolean outside = edit.end(text) <= anchor.start() || edit.start(text) >= anchor.end();
            if (oldTextKnown && !detached && outside) {
                int delta = newText.length() - text.length();
                int shifted = edit.end(text) <= anchor.start() ? anchor.start() + delta : anchor.start();
                int other = shifted == anchor.start() ? anchor.start() + delta : anchor.start();
                assertThat(r.method()).isEqualTo(AnchorMethod.EXACT);
                // In repeated text an edit has several explanations (inserting "ab" before or after
                // "ab"); the quote must then be at one of the two places an explanation puts it.
                assertThat(r.anchor().start()).isIn(shifted, other);
            }
            text = newText;
            if (r.method() != AnchorMethod.DETACHED && detached) {
                Statistics.label("reattached").collect(true);
            }
            anchor = r.anchor();
            detached = r.isDetached();
            if (!detached) {
                assertThat(anchor.matchesAt(text)).isTrue();
            }
        }
        Statistics.label("method").coverage(c -> {
            for (AnchorMethod m : AnchorMethod.values()) {
                c.check(m).count(n -> n > 0);
            }
        });
        Statistics.label("reattached").coverage(c -> c.check(true).count(n -> n > 0));
    }

    @Property(tries = 400)
    void markedEditOutsideTheQuoteShiftsItExactly(@ForAll("texts") String text,
                                                  @ForAll @IntRange(max = 1000) int startSeed,
                                                  @ForAll @IntRange(min = 1, max = 12) int length,
                                                  @ForAll @IntRange(max = 1000) int atSeed,
                                                  @ForAll @IntRange(max = 6) int remove,
                                                  @ForAll("words") String words) {
        int start = startSeed % text.length();
        TextAnchor anchor = TextAnchor.of(text, start, Math.min(text.length(), start + length));
        // '#' is not in the alphabet, so the edit has exactly one explanation
        String insert = "#" + words + "#";
        int gapBefore = anchor.start() + 1;
        int at = atSeed % (gapBefore + text.length() - anchor.end() + 1);
        boolean before = at < gapBefore;
        int editStart = before ? at : anchor.end() + (at - gapBefore);
        int editEnd = Math.min(before ? anchor.start() : text.length(), editStart + remove);
        String newText = text.substring(0, editStart) + insert + text.substring(editEnd);

        Relocation r = AnchorRelocator.relocate(anchor, text, newText);

        int expected = before ? anchor.start() + newText.length() - text.length() : anchor.start();
        assertThat(r.method()).isEqualTo(AnchorMethod.EXACT);
        assertThat(r.anchor()).isEqualTo(TextAnchor.of(newText, expected, expected + anchor.quote().length()));
    }

    @Property(tries = 200)
    void relocatingAllThreadsKeepsEveryThreadInOrder(@ForAll("texts") String text,
                                                     @ForAll("edits") List<Edit> edits,
                                                     @ForAll @IntRange(max = 1000) int startSeed) {
        int start = startSeed % text.length();
        List<AnnotationThread> threads = List.of(
                AnnotationThread.open("t-1", TextAnchor.of(text, start, Math.min(text.length(), start + 5)),
                        AnnotationKind.COMMENT, "Li Wei", java.time.Instant.EPOCH, ""),
                AnnotationThread.open("t-2", TextAnchor.wholeClause(), AnnotationKind.COMMENT, "Li Wei",
                        java.time.Instant.EPOCH, ""));
        for (Edit edit : edits) {
            String newText = edit.applyTo(text);
            Reanchoring r = AnchorRelocator.relocateAll(text, newText, threads);

            assertThat(r.threads()).extracting(AnnotationThread::id).containsExactly("t-1", "t-2");
            assertThat(r.threads().get(1).anchor()).isEqualTo(TextAnchor.wholeClause());
            assertThat(r.threads().get(0).detached()).isEqualTo(r.outcomes().get(0).isDetached());
            threads = r.threads();
            text = newText;
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(6);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 6), words()).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(10);
    }

    private static int levenshtein(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int up = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = up;
            }
        }
        return row[b.length()];
    }
}
