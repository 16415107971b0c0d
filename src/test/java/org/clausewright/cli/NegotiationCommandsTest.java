package org.clausewright.cli;

import org.clausewright.app.ProjectSession;
import org.clausewright.command.AddClause;
import org.clausewright.command.AddPart;
import org.clausewright.command.ClauseSlot;
import org.clausewright.command.EditHeading;
import org.clausewright.command.RemoveFromDraft;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `outline`, `brackets`, `decide`, `status` and `freeze` on the sample and on small projects made for them. */
class NegotiationCommandsTest {
    @TempDir
    Path temp;

    private Path sample() {
        Path dir = temp.resolve("model-code");
        CliRun created = CliRun.of("new", dir.toString(), "--sample");
        assertThat(created.exit()).as(created.err()).isZero();
        return dir;
    }

    @Test
    void bracketsListsTheSamplesBracketedWordingWithTheDelegationsBehindEachOption() {
        Path dir = sample();
        CliRun all = CliRun.of("brackets", dir.toString());
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.out()).contains("3.2.1 duty-to-report  b-1992fe6c  open\n"
                        + "  1. \"the institutional biosafety committee\"  proposed by BRE; supported by EST\n"
                        + "  2. \"the competent national authority\"  proposed by DOR; supported by CAL, GAL; opposed by BRE\n")
                .contains("2.1 bwc-compliance  b-e25c3ac6  cleaned: option 1 agreed\n"
                        + "  1. \"never\" (agreed)  proposed by ALD; supported by BRE, EST\n")
                .contains("     note: Consistent with the voluntary nature of the code\n")
                .endsWith("8 brackets, 6 open\n");

        CliRun open = CliRun.of("brackets", dir.toString(), "--open");
        assertThat(open.out()).contains("b-1992fe6c  open").doesNotContain("cleaned").endsWith("6 open brackets\n");
    }

    @Test
    void aBracketTypedIntoAClauseFileIsListedUnattributedAndAnEmptyOptionAsNoText() throws Exception {
        Path dir = sample();
        Path file = dir.resolve("clauses/animal-welfare.json");
        String json = Files.readString(file);
        Files.writeString(file, json.replaceFirst("\"text\": \\[\\s*\"", "\"text\": [\"[Strictly][] "));

        CliRun run = CliRun.of("brackets", dir.toString(), "--open");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("4\\.3 animal-welfare  b-[0-9a-z]{10}  open\n"
                + "  1\\. \"Strictly\"  unattributed\n  2\\. no text  unattributed\n");
        assertThat(CliRun.of("outline", dir.toString()).out())
                .contains("  4.3  Care of research animals  (agreed-wg; 1 open bracket)\n");
    }

    @Test
    void aBracketWhoseWordingWasEditedAwayIsListedAsDetachedAndStillOpen() throws Exception {
        Path dir = sample();
        Path file = dir.resolve("clauses/duty-to-report.json");
        String json = Files.readString(file);
        String bracket = "[the institutional biosafety committee][the competent national authority]";
        assertThat(json).contains(bracket);
        Files.writeString(file, json.replace(bracket, "the competent authority"));

        CliRun run = CliRun.of("brackets", dir.toString(), "--open");

        assertThat(run.out()).contains("3.2.1 duty-to-report  b-1992fe6c  open, detached: no longer in the text\n"
                + "  1. \"the institutional biosafety committee\"  proposed by BRE; supported by EST\n");
        CliRun refused = CliRun.of("decide", dir.toString(), "3.2.1", "--status", "agreed");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("b-1992fe6c").contains("no longer in the text");
    }

    @Test
    void agreedIsRefusedWhileABracketIsOpenWithTheBracketNamedAndNothingWritten() throws Exception {
        Path dir = sample();
        byte[] before = Files.readAllBytes(dir.resolve("clauses/duty-to-report.json"));

        CliRun run = CliRun.of("decide", dir.toString(), "3.2.1", "--status", "agreed", "--meeting", "dc-4");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("clausewright: clause 3.2.1 \"Duty to report")
                .contains("b-1992fe6c [the institutional biosafety committee / the competent national authority]")
                .doesNotContain("Exception");
        assertThat(Files.readAllBytes(dir.resolve("clauses/duty-to-report.json"))).isEqualTo(before);
        // agreed in the working group settles the wording too
        assertThat(CliRun.of("decide", dir.toString(), "duty-to-report", "--status", "agreed-wg").exit())
                .isEqualTo(1);
    }

    @Test
    void aDecisionOnACleanClauseShowsInOutlineStatusAndDiffAndIsKeptInTheFile() throws Exception {
        Path dir = sample();
        CliRun run = CliRun.of("decide", dir.toString(), "2.3", "--status", "agreed", "--meeting", "dc-4",
                "--delegation", "fen", "--note", "Agreed in plenary", "--author", "Ingrid Solberg");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("2.3 Transfers of materials, equipment and knowledge: under-discussion"
                + " → agreed (decision d-");
        assertThat(CliRun.of("outline", dir.toString()).out())
                .contains("\n  2.3  Transfers of materials, equipment and knowledge  (agreed)\n");
        assertThat(CliRun.of("status", dir.toString()).out()).contains("  agreed                       2\n")
                .contains("  under discussion            11\n")
                .doesNotContain("2.3 Transfers of materials");
        assertThat(CliRun.of("diff", dir.toString(), "Working draft 4", "working", "--colour", "never").out())
                .contains("2.3 status: under discussion → agreed (at Fourth meeting of the drafting committee; at the "
                        + "request of FEN; recorded by Ingrid Solberg): Agreed in plenary");
        String file = Files.readString(dir.resolve("clauses/export-controls.json"));
        assertThat(file).contains("\"recordedBy\": \"Ingrid Solberg\"", "\"meeting\": \"dc-4\"",
                "\"requestedBy\": \"fen\"", "\"note\": \"Agreed in plenary\"");
        assertThat(CliRun.of("validate", dir.toString()).exit()).isZero();
        // a delegation may be named by its short name, in any case
        assertThat(CliRun.of("decide", dir.toString(), "export-controls", "--status", "reopened", "--delegation",
                "CAL").exit()).isZero();
        assertThat(Files.readString(dir.resolve("clauses/export-controls.json"))).contains("\"requestedBy\": \"cal\"");
    }

    @Test
    void unknownNamesAreRefusedWithWhatExists() {
        Path dir = sample();
        CliRun meeting = CliRun.of("decide", dir.toString(), "2.3", "--status", "agreed", "--meeting", "dc-9");
        assertThat(meeting.exit()).isEqualTo(1);
        assertThat(meeting.err()).contains("no meeting has the id \"dc-9\"")
                .contains("dc-4 (Fourth meeting of the drafting committee, 2026-04-14)");

        CliRun delegation = CliRun.of("decide", dir.toString(), "2.3", "--status", "agreed", "--delegation", "XYZ");
        assertThat(delegation.exit()).isEqualTo(1);
        assertThat(delegation.err()).contains("\"XYZ\"").contains("ald (ALD)", "gal (GAL)");

        CliRun clause = CliRun.of("decide", dir.toString(), "11.4", "--status", "agreed");
        assertThat(clause.exit()).isEqualTo(1);
        assertThat(clause.err()).contains("no clause has the id or number \"11.4\"").contains("1.1 to 10.3");

        CliRun status = CliRun.of("decide", dir.toString(), "2.3", "--status", "adopted");
        assertThat(status.exit()).isEqualTo(2);
        assertThat(status.err()).contains("proposed, under-discussion, agreed-wg, agreed-ad-ref, agreed, reopened,"
                + " withdrawn");
        assertThat(CliRun.of("status", dir.toString()).out()).contains("  agreed                       1\n");
    }

    @Test
    void aDecisionIsRefusedWhileTheProjectIsOpenElsewhere() throws Exception {
        Path dir = sample();
        try (ProjectSession window = ProjectSession.open(dir, "Li Wei", notice -> { })) {
            assertThat(window.isReadOnly()).isFalse();
            CliRun run = CliRun.of("decide", dir.toString(), "2.3", "--status", "agreed", "--author", "Someone");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("is open by Li Wei").contains("nothing was changed");
            CliRun freeze = CliRun.of("freeze", dir.toString());
            assertThat(freeze.exit()).isEqualTo(1);
        }
        assertThat(CliRun.of("outline", dir.toString()).out()).contains("numbered by position")
                .contains("2.3  Transfers of materials, equipment and knowledge  (under-discussion)");
    }

    @Test
    void afterFreezingAClauseAddedAfter11Is11BisAndARemovedClauseLeavesItsNumber() throws Exception {
        Path dir = sample();
        CliRun freeze = CliRun.of("freeze", dir.toString(), "--author", "Chen Xiaoling");
        assertThat(freeze.exit()).as(freeze.err()).isZero();
        assertThat(CliRun.of("freeze", dir.toString()).out()).contains("already frozen");

        try (ProjectSession session = ProjectSession.open(dir, "Chen Xiaoling", notice -> { })) {
            String part = session.project().outline().parts().get(0).id();
            session.execute(new AddClause(Clause.of("late-clause", "A late clause", "Words."),
                    new ClauseSlot(part, null, 1)));
            session.execute(new RemoveFromDraft("integrity-honesty"));
            session.save();
        }

        String outline = CliRun.of("outline", dir.toString()).out();
        assertThat(outline).contains("numbering frozen").contains("  1.1  Respect for life and human dignity  (agreed-wg)\n"
                + "  1.1 bis  A late clause  (proposed)\n"
                + "  Section 1.2  Avoiding harm\n")
                .contains("    1.2.2  Awareness of dual-use potential  (under-discussion; 1 open bracket)\n"
                        + "  [1.3 deleted]\n"
                        + "Part 2  Laws and norms\n");
        // the number as `outline` prints it names the clause
        CliRun decide = CliRun.of("decide", dir.toString(), "1.1 bis", "--status", "under-discussion");
        assertThat(decide.exit()).as(decide.err()).isZero();
        assertThat(decide.out()).startsWith("1.1 bis A late clause: proposed → under-discussion");
        CliRun deleted = CliRun.of("decide", dir.toString(), "1.3", "--status", "agreed");
        assertThat(deleted.exit()).isEqualTo(1);
        assertThat(deleted.err()).contains("clause 1.3 was deleted from the draft").contains("integrity-honesty");
    }

    @Test
    void aDraftIsAdoptableOnlyWhenEveryClauseIsAgreedAndTheStatusSaysWhatBlocksIt() throws Exception {
        Path dir = temp.resolve("small");
        assertThat(CliRun.of("new", dir.toString(), "--title", "Small code").exit()).isZero();
        try (ProjectSession session = ProjectSession.open(dir, "Test", notice -> { })) {
            session.execute(new AddClause(Clause.of("one", "One", "We [shall][should] act."), null));
            session.execute(new AddClause(Clause.of("two", "Two", "We act."), null));
            session.execute(new AddPart(new Part("p", "General", List.of(new ClauseRef("one"), new ClauseRef("two"))),
                    0));
            session.save();
        }
        assertThat(CliRun.of("status", dir.toString()).out())
                .contains("Open brackets: 1, in 1 clause")
                .contains("The draft cannot be adopted yet: 2 clauses are not agreed or still bracketed\n"
                        + "  1.1 One: 1 open bracket, proposed\n  1.2 Two: proposed\n");

        assertThat(CliRun.of("decide", dir.toString(), "1.2", "--status", "agreed").exit()).isZero();
        assertThat(CliRun.of("decide", dir.toString(), "1.1", "--status", "withdrawn").exit()).isZero();

        assertThat(CliRun.of("status", dir.toString()).out()).contains("  withdrawn                    1\n")
                .contains("The draft can be adopted: every clause in it is agreed and no bracket is open.");
    }

    @Test
    void controlCharactersInAHeadingReachTheTerminalAsEscapes() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Test", notice -> { })) {
            session.execute(new EditHeading("export-controls", "Transfers\u001b[2J\u202e"));
            session.save();
        }
        for (String command : List.of("outline", "status")) {
            String out = CliRun.of(command, dir.toString()).out();
            assertThat(out).as(command).contains("Transfers\\e[2J\\u202e").doesNotContain("\u001b");
        }
        CliRun decide = CliRun.of("decide", dir.toString(), "2.3", "--status", "agreed");
        assertThat(decide.out()).contains("Transfers\\e[2J\\u202e").doesNotContain("\u001b");
    }

    @Test
    void theNegotiationsReportsDoNotReadTheThreadsWhichValidateStillChecks() throws Exception {
        Path dir = sample();
        String before = CliRun.of("status", dir.toString()).out();
        Path annotations;
        try (var files = Files.list(dir.resolve("annotations"))) {
            annotations = files.filter(f -> f.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(annotations, "{\"schemaVersion\": 1, \"threads\": [");
        // status, outline and brackets show nothing of the threads: they neither read their files nor stop at them
        CliRun status = CliRun.of("status", dir.toString());
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).isEqualTo(before);
        for (String command : List.of("outline", "brackets")) {
            CliRun run = CliRun.of(command, dir.toString());
            assertThat(run.exit()).as(command + ": " + run.err()).isZero();
        }
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).isNotZero();
        assertThat(validate.out() + validate.err()).contains(annotations.getFileName().toString());
    }
}
