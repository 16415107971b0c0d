package org.clausewright.diff;

import org.clausewright.command.AddOption;
import org.clausewright.command.AttributeOption;
import org.clausewright.command.CommandStack;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.BracketOption.Stance;
import org.clausewright.model.BracketState;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Decision;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparing two versions takes a bracket as one unit and reports decisions (issue 11 item 5). */
class NegotiationDiffTest {
    private static final Negotiation.Context FOURTH = new Negotiation.Context(Instant.parse("2026-03-02T15:00:00Z"),
            "Amina Diallo", "m-4", "chn", "Consensus in the working group.");

    private static ProjectInfo info() {
        return ProjectInfo.titled("code", "Code")
                .withDelegations(List.of(new Delegation("ald", "Republic of Aldoria", "ALD", ""),
                        new Delegation("chn", "China", "CHN", "")))
                .withMeetings(List.of(new Meeting("m-4", "Fourth meeting of the drafting committee",
                        LocalDate.of(2026, 3, 2), "Geneva")));
    }

    private static Bracket open(String id, String... options) {
        List<BracketOption> list = new ArrayList<>();
        for (String o : options) {
            list.add(BracketOption.unattributed(o));
        }
        return new Bracket(id, BracketState.OPEN, list, -1);
    }

    /** 1.1 with b-12 (one option, proposed by ALD), 1.2 with b-7 [shall][should], 1.3 under discussion. */
    static Project before() throws Exception {
        Map<String, Clause> clauses = new TreeMap<>();
        Bracket b12 = open("b-12", "the institutional biosafety committee");
        b12 = b12.withOption(0, b12.options().get(0).withStance("ald", Stance.PROPOSES));
        clauses.put("report", Clause.of("report", "Reporting", "Report to [the institutional biosafety committee].")
                .withBrackets(List.of(b12)));
        clauses.put("duty", Clause.of("duty", "Duty of care", "Scientists [shall][should] avoid harm.")
                .withBrackets(List.of(open("b-7", "shall", "should"))));
        clauses.put("records", Negotiation.decide(Clause.of("records", "Records", "Keep records."),
                ClauseStatus.UNDER_DISCUSSION, new Negotiation.Context(Instant.parse("2026-02-01T10:00:00Z"),
                        "Amina Diallo", "", "", "")));
        List<OutlineItem> items = List.of(new ClauseRef("report"), new ClauseRef("duty"), new ClauseRef("records"));
        return new Project(info(), new Outline(List.of(new Part("p", "Part", items))), clauses, Map.of());
    }

    static Project after(Project before) throws Exception {
        CommandStack stack = new CommandStack(before);
        stack.execute(new AddOption("report", "b-12", "the competent national authority"));
        stack.execute(new AttributeOption("report", "b-12", 1, "chn", Stance.PROPOSES));
        stack.execute(new AttributeOption("report", "b-12", 0, "ald", Stance.OPPOSES));
        Project p = stack.current();
        p = p.withClause(Negotiation.clean(p.clause("duty").orElseThrow(), "b-7", 0, FOURTH));
        return p.withClause(Negotiation.decide(p.clause("records").orElseThrow(), ClauseStatus.AGREED_WG, FOURTH));
    }

    private static List<String> lines(Comparison comparison) {
        StringWriter out = new StringWriter();
        new ComparisonPrinter(DiffStyle.PLAIN, Locale.ROOT).print(comparison, out);
        return out.toString().lines().toList();
    }

    @Test
    void bracketsAreReportedAsUnitsAndDecisionsWithTheirMeeting() throws Exception {
        Project before = before();
        List<String> lines = lines(DraftComparator.compare(before, after(before)));
        assertThat(lines).containsSubsequence(
                "* 1.1  Reporting (text changed, brackets or decisions changed)",
                "    bracket b-12 in 1.1: ALD now opposes option \u201cthe institutional biosafety committee\u201d",
                "    bracket b-12 in 1.1: option \u201cthe competent national authority\u201d added by CHN",
                "* 1.2  Duty of care (text changed, brackets or decisions changed)",
                "    bracket b-7 in 1.2 cleaned: \u201cshall\u201d agreed (at Fourth meeting of the drafting committee;"
                        + " at the request of CHN; recorded by Amina Diallo): Consensus in the working group.",
                "* 1.3  Records (metadata changed, brackets or decisions changed)",
                "    1.3 status: under discussion \u2192 agreed in working group (at Fourth meeting of the drafting"
                        + " committee; at the request of CHN; recorded by Amina Diallo): Consensus in the working group.");
        assertThat(lines).noneMatch(l -> l.contains("status: under-discussion"));
        assertThat(lines.get(0)).endsWith("; 3 clauses with changed brackets or decisions");
    }

    @Test
    void theWordDiffTakesTheBracketWholeNotAScatterOfCharacters() throws Exception {
        Project before = before();
        ClauseChange report = DraftComparator.compare(before, after(before)).clause("report").orElseThrow();
        assertThat(new ComparisonPrinter(DiffStyle.PLAIN, Locale.ROOT).render(report.textDiff())).isEqualTo(
                "Report to [-[the institutional biosafety committee]-]{+[the institutional biosafety committee]"
                        + "[the competent national authority]+}.");
    }

    @Test
    void anOptionRemovedARewordedOneAndANoteAreReported() throws Exception {
        Project before = before();
        Clause duty = before.clause("duty").orElseThrow();
        Bracket b7 = open("b-7", "shall", "must").withOption(1,
                BracketOption.unattributed("must").withNote("as in the 1972 Convention"));
        Clause edited = duty.withText("Scientists [shall][must] avoid harm.").withBrackets(List.of(b7));
        List<BracketChange> changes = DraftComparator.compare(before, before.withClause(edited)).clause("duty")
                .orElseThrow().brackets();
        assertThat(changes).extracting(BracketChange::kind, BracketChange::option, BracketChange::was,
                BracketChange::is).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BracketChange.Kind.OPTION_REWORDED, "must", "should", ""),
                org.assertj.core.groups.Tuple.tuple(BracketChange.Kind.NOTE, "must", "", "as in the 1972 Convention"));
        Clause fewer = duty.withText("Scientists [shall] avoid harm.").withBrackets(List.of(open("b-7", "shall")));
        assertThat(lines(DraftComparator.compare(before, before.withClause(fewer))))
                .contains("    bracket b-7 in 1.2: option \u201cshould\u201d removed");
    }

    @Test
    void numberChangesAreReportedOnlyForUnfrozenDrafts() throws Exception {
        Project before = before();
        List<OutlineItem> items = new ArrayList<>(before.outline().parts().get(0).items());
        items.add(0, new ClauseRef("preamble"));
        Project unfrozen = before.withClause(Clause.of("preamble", "Preamble", "Whereas."))
                .withOutline(before.outline().withParts(List.of(new Part("p", "Part", items))));
        assertThat(DraftComparator.compare(before, unfrozen).clause("duty").orElseThrow()
                .is(ClauseChange.Kind.RENUMBERED)).isTrue();

        Project frozenBefore = before.withOutline(before.outline().frozenNow());
        Project frozenAfter = frozenBefore.withClause(Clause.of("preamble", "Preamble", "Whereas."))
                .withOutline(frozenBefore.outline().withParts(List.of(new Part("p", "Part", items))));
        Comparison comparison = DraftComparator.compare(frozenBefore, frozenAfter);
        assertThat(comparison.clauses()).extracting(ClauseChange::clauseId).containsExactly("preamble");
        assertThat(lines(comparison)).contains("+ 1.0  Preamble (added)");
    }

    @Test
    void aDecisionOnlyBracketCleanedWithoutStatusChangeDoesNotRepeatAsAStatusLine() throws Exception {
        Project before = before();
        Project after = before.withClause(Negotiation.clean(before.clause("duty").orElseThrow(), "b-7", 1, FOURTH));
        ClauseChange duty = DraftComparator.compare(before, after).clause("duty").orElseThrow();
        assertThat(duty.decisions()).isEmpty();
        assertThat(duty.brackets()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BracketChange.Kind.CLEANED);
            assertThat(b.option()).isEqualTo("should");
        });
        assertThat(after.clause("duty").orElseThrow().decisions()).extracting(Decision::bracket).containsExactly("b-7");
    }
}
