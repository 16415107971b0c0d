package org.clausewright.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Typing with what the editor knows of detached quotes gives, keystroke after keystroke, exactly what a whole
 * search gives: no detached thread is kept detached when its words came back, none is found where they are not.
 */
class QuoteAbsencesProperties {
    private static final char[] ALPHABET = {'a', 'b', ' ', 'c'};

    record Edit(int at, int remove, String insert) {
        String applyTo(String text) {
            int start = at % (text.length() + 1);
            int end = Math.min(text.length(), start + remove);
            return text.substring(0, start) + insert + text.substring(end);
        }
    }

    @Property(tries = 500)
    void knowingWhereAQuoteWasAbsentChangesNoOutcome(@ForAll("texts") String text,
                                                      @ForAll("quotes") List<String> quotes,
                                                      @ForAll("edits") List<Edit> edits,
                                                      @ForAll boolean learnFirst) {
        List<AnnotationThread> threads = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            String quote = quotes.get(i);
            // each quote as it stood in some older wording, now detached
            String older = "x" + quote + "y";
            AnnotationThread t = AnnotationThread.open("t-" + i, TextAnchor.of(older, 1, 1 + quote.length()),
                    AnnotationKind.COMMENT, "Li Wei", Instant.EPOCH, "");
            threads.add(t.reanchored(t.anchor(), true));
        }
        QuoteAbsences absences = new QuoteAbsences();
        List<AnnotationThread> remembered = threads;
        List<AnnotationThread> whole = threads;
        if (learnFirst) {
            // as the editor does in the background when the clause is opened
            absences.learn(text, remembered);
        }
        for (Edit edit : edits) {
            String newText = edit.applyTo(text);
            Reanchoring quick = AnchorRelocator.relocateAll(text, newText, remembered, absences);
            Reanchoring full = AnchorRelocator.relocateAll(text, newText, whole);

            assertThat(quick.threads()).isEqualTo(full.threads());
            assertThat(quick.outcomes()).isEqualTo(full.outcomes());
            quick.outcomes().forEach(o -> Statistics.label("outcome")
                    .collect(o.reattached() ? "reattached" : o.newlyDetached() ? "newly detached" : o.method()));
            remembered = quick.threads();
            whole = full.threads();
            text = newText;
        }
        Statistics.label("outcome").coverage(c -> c.check("reattached").count(n -> n > 0));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET).ofMinLength(0).ofMaxLength(90);
    }

    @Provide
    Arbitrary<List<String>> quotes() {
        return Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(14).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 8), Arbitraries.strings().withChars(ALPHABET).ofMaxLength(8))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(14);
    }
}
