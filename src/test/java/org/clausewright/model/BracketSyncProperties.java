package org.clausewright.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short ways taken as a draft is read give what the long ways give, on records that follow the text (every file
 * Clausewright wrote) and on records that do not (a file edited by hand, another site's merge): the same layout, the
 * same reconciled records, the same passages.
 */
class BracketSyncProperties {
    private static final List<String> WORDS = List.of("", "a", "b", "a b", "shall", "[a]");

    @Property(tries = 1500)
    void readingAClauseGivesWhatTheAlignmentGives(@ForAll("texts") String text, @ForAll("records") List<Bracket> own,
                                                  @ForAll @IntRange(max = 3) int how, @ForAll("texts") String edit) {
        Clause clause = Clause.of("c1", "Heading", text);
        List<Bracket> records = switch (how) {
            // records of their own, most often not what the text shows
            case 0 -> own;
            // the records the text shows, in order: a file as Clausewright wrote it
            case 1 -> BracketSync.reconcileTheLongWay(clause).brackets();
            // and cleaned or deleted ones before, among or after them
            case 2 -> mixed(BracketSync.reconcileTheLongWay(clause).brackets(), own);
            // the text edited by hand afterwards
            default -> {
                List<Bracket> typed = BracketSync.reconcileTheLongWay(clause).brackets();
                clause = clause.withText(text + edit);
                yield typed;
            }
        };
        clause = clause.withBrackets(records);
        BracketLayout quick = BracketLayout.of(clause);
        BracketLayout aligned = BracketLayout.aligned(clause.text(), clause.brackets());
        Statistics.label("layout").collect(quick.asRecorded() ? "records follow the text" : "aligned");

        assertThat(quick.groups()).isEqualTo(aligned.groups());
        for (int k = 0; k < quick.groups().size(); k++) {
            assertThat(quick.bracketAt(k)).isEqualTo(aligned.bracketAt(k));
        }
        assertThat(quick.detached()).isEqualTo(aligned.detached());
        Clause reconciled = BracketSync.reconcile(clause);
        assertThat(reconciled).isEqualTo(BracketSync.reconcileTheLongWay(clause));
        Statistics.label("reconciled").collect(reconciled == clause ? "as it was" : "changed");
    }

    @Property(tries = 1500)
    void bracketsAreFoundAsByLookingAtEveryCharacter(@ForAll("texts") String text) {
        Brackets found = Brackets.in(text);
        Deque<Integer> open = new ArrayDeque<>();
        List<int[]> pairs = new ArrayList<>();
        List<UnbalancedBracket> unbalanced = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '[') {
                open.push(i);
            } else if (text.charAt(i) == ']' && open.isEmpty()) {
                unbalanced.add(new UnbalancedBracket(i, ']'));
            } else if (text.charAt(i) == ']') {
                pairs.add(new int[] {open.pop(), i + 1});
            }
        }
        open.forEach(i -> unbalanced.add(new UnbalancedBracket(i, '[')));
        unbalanced.sort(Comparator.comparingInt(UnbalancedBracket::offset));
        pairs.sort(Comparator.comparingInt((int[] p) -> p[0]));

        assertThat(found.unbalanced()).isEqualTo(unbalanced);
        assertThat(found.spans()).extracting(BracketSpan::start, BracketSpan::end)
                .containsExactlyElementsOf(pairs.stream().map(p -> org.assertj.core.groups.Tuple.tuple(p[0], p[1]))
                        .toList());
        found.spans().forEach(s -> assertThat(s.inside()).isEqualTo(text.substring(s.start() + 1, s.end() - 1)));
    }

    private static List<Bracket> mixed(List<Bracket> open, List<Bracket> own) {
        List<Bracket> closed = own.stream().filter(b -> !b.isOpen()).toList();
        List<Bracket> result = new ArrayList<>(open);
        for (int k = 0; k < closed.size(); k++) {
            result.add(Objects.hash(k, open.size()) % (result.size() + 1), closed.get(k));
        }
        return result;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', ' ', '[', ']').ofMaxLength(24);
    }

    @Provide
    Arbitrary<List<Bracket>> records() {
        Arbitrary<List<String>> options = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<BracketState> state = Arbitraries.of(BracketState.OPEN, BracketState.OPEN, BracketState.CLEANED,
                BracketState.DELETED);
        return Combinators.combine(options, state).as((texts, s) -> {
            Bracket b = Bracket.typed("b-x", texts);
            return s == BracketState.CLEANED ? b.cleaned(0) : s == BracketState.DELETED ? b.deleted() : b;
        }).list().ofMaxSize(4).map(list -> {
            List<Bracket> named = new ArrayList<>();
            for (int k = 0; k < list.size(); k++) {
                Bracket b = list.get(k);
                named.add(new Bracket("b-r" + k, b.state(), b.options(), b.chosen(), b.extras()));
            }
            return named;
        });
    }
}
