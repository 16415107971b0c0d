package org.clausewright.store;

import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.BracketState;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Decision;
import org.clausewright.model.DecisionKind;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.Member;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema 2: delegations, meetings, brackets, decisions and frozen numbers are written and read back as they were. */
class SchemaTwoTest {
    private static final Instant T = Instant.parse("2026-03-09T15:00:00Z");

    @TempDir
    Path dir;

    static Project negotiated() {
        Project base = TestProjects.small();
        var info = base.info()
                .withDelegations(List.of(new Delegation("ald", "Republic of Aldoria", "ALD", "Group A"),
                        new Delegation("bre", "Kingdom of Brevania", "BRE", "")))
                .withMeetings(List.of(new Meeting("m2", "Second meeting of the drafting committee",
                        LocalDate.of(2026, 3, 9), "Geneva"), new Meeting("m-tbc", "Informal consultations", null, "")))
                .withMembers(List.of(new Member("Amina Diallo", "Institut Pasteur de Dakar", "Chair", "AD", ""),
                        new Member("Li Wei", "Tianjin University", "Member", "LW", "bre")));
        Clause clause = BracketSync.reconcile(Clause.of("negotiated", "Negotiated",
                "Scientists [shall][should][] report [promptly] to [the competent national authority]."));
        Bracket first = clause.brackets().get(0);
        first = first.withOption(0, new BracketOption("shall", List.of("ald"), List.of("bre"), List.of(), "G-77 text"))
                .withOption(1, first.options().get(1).withStance("bre", BracketOption.Stance.OPPOSES));
        clause = clause.withBracket(first)
                .withBracket(new Bracket("b-cleaned", BracketState.CLEANED, List.of(BracketOption.unattributed("may"),
                        new BracketOption("must", List.of(), List.of("ald"), List.of(), "")), 1))
                .withBracket(new Bracket("b-deleted", BracketState.DELETED, List.of(BracketOption.unattributed(
                        "and publicly")), -1))
                .withDecision(Decision.status("d-schema-1", null, "", "", "", ClauseStatus.PROPOSED,
                        ClauseStatus.UNDER_DISCUSSION, "Status carried over from schema version 1"))
                .withDecision(new Decision("d-cleaned", T, "Amina Diallo", "m2", "ald", DecisionKind.BRACKET_CLEANED,
                        ClauseStatus.UNDER_DISCUSSION, ClauseStatus.UNDER_DISCUSSION, "b-cleaned", 1, "as agreed"))
                .withDecision(new Decision("d-deleted", T.plusSeconds(60), "Li Wei", "m-tbc", "",
                        DecisionKind.BRACKET_DELETED, ClauseStatus.UNDER_DISCUSSION, ClauseStatus.UNDER_DISCUSSION,
                        "b-deleted", -1, ""))
                .withDecision(Decision.status("d-reopened", T.plusSeconds(120), "Amina Diallo", "", "bre",
                        ClauseStatus.UNDER_DISCUSSION, ClauseStatus.REOPENED, "at the request of BRE"));
        Outline outline = new Outline(List.of(new Part("ethics", "Ethical standards", List.of(
                new ClauseRef("duty-of-care"), new ClauseRef("negotiated")))))
                .frozenNow()
                .withParts(List.of(new Part("ethics", "Ethical standards", List.of(new ClauseRef("duty-of-care"),
                        new ClauseRef("report-concerns")))));
        return base.withInfo(info).withClause(clause).withOutline(outline);
    }

    private Project writeAndRead(Project project) throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        return result.project();
    }

    @Test
    void everyNegotiationFieldReadsBackAsWritten() throws Exception {
        Project project = negotiated();
        // the outline is frozen, with a clause added since (1.1 bis) and one removed (1.2, unused)
        assertThat(project.outline().numbering().label("report-concerns")).isEqualTo("1.1 bis");
        assertThat(project.outline().numbering().deletedClauses()).extracting(e -> e.getKey() + " " + e.getValue())
                .containsExactly("negotiated 1.2");

        Project read = writeAndRead(project);
        assertThat(read.info()).isEqualTo(project.info());
        assertThat(read.info().meeting("m-tbc").orElseThrow().date()).isNull();
        assertThat(read.clause("negotiated")).isEqualTo(project.clause("negotiated"));
        assertThat(read.clause("negotiated").orElseThrow().status()).isEqualTo(ClauseStatus.REOPENED);
        assertThat(read.outline()).isEqualTo(project.outline());
        assertThat(read.outline().numbering().label("report-concerns")).isEqualTo("1.1 bis");
        assertThat(read.clauses()).isEqualTo(project.clauses());
    }

    @Test
    void eachOptionAndDecisionIsASmallObjectInAStableKeyOrder() throws Exception {
        writeAndRead(negotiated());
        String clause = Files.readString(dir.resolve("clauses/negotiated.json"));
        assertThat(clause).contains("""
                  "alternativeOf": "",
                  "brackets": [
                    {
                """).contains("""
                      "state": "open",
                      "options": [
                        {
                          "text": "shall",
                          "proposedBy": [
                            "ald"
                          ],
                          "supportedBy": [
                            "bre"
                          ],
                          "opposedBy": [],
                          "note": "G-77 text"
                        },
                """).contains("""
                      "chosen": 1
                    },
                """).contains("""
                  "decisions": [
                    {
                      "id": "d-schema-1",
                      "time": null,
                      "recordedBy": "",
                      "meeting": "",
                      "requestedBy": "",
                      "kind": "status",
                      "from": "proposed",
                      "to": "under-discussion",
                      "bracket": "",
                      "chosen": null,
                      "note": "Status carried over from schema version 1"
                    },
                """).doesNotContain("\"status\":");
        String project = Files.readString(dir.resolve("project.json"));
        assertThat(project).contains("""
                      "initials": "LW",
                      "delegation": "bre"
                """).contains("""
                  "delegations": [
                    {
                      "id": "ald",
                      "name": "Republic of Aldoria",
                      "shortName": "ALD",
                      "group": "Group A"
                    },
                """).contains("""
                      "date": "2026-03-09",
                      "place": "Geneva"
                """).contains("\"date\": null,");
        assertThat(Files.readString(dir.resolve("outline.json"))).endsWith("""
                  "frozen": {
                    "parts": {
                      "ethics": "1"
                    },
                    "sections": {},
                    "clauses": {
                      "duty-of-care": "1.1",
                      "report-concerns": "1.1 bis",
                      "negotiated": "1.2"
                    }
                  }
                }
                """);
    }

    @Test
    void anUnfrozenOutlineSaysSo() throws Exception {
        writeAndRead(TestProjects.small());
        assertThat(Files.readString(dir.resolve("outline.json"))).endsWith("  ],\n  \"frozen\": null\n}\n");
    }

    @Test
    void namesOfUnknownDelegationsAndMeetingsAreWarningsAtTheirPlaceAndAreKept() throws Exception {
        writeWithUnknownNames();
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.problems()).isEmpty();
        List<String> warnings = result.warnings().stream().map(Problem::toString).toList();
        String clause = Files.readString(dir.resolve("clauses/negotiated.json"));
        int supported = lineOf(clause, "\"bre\"");
        assertThat(warnings).contains(
                "project.json:" + lineOf(Files.readString(dir.resolve("project.json")), "\"delegation\": \"bre\"")
                        + ":7: Li Wei belongs to delegation \"bre\", which is not one of the delegations in project.json",
                "clauses/negotiated.json:" + supported + ":13: option 1 of bracket "
                        + result.project().clause("negotiated").orElseThrow().brackets().get(0).id()
                        + " names delegation \"bre\", which is not one of the delegations in project.json",
                "clauses/negotiated.json:" + lineOf(clause, "\"meeting\": \"m-tbc\"") + ":7: decision d-deleted was "
                        + "taken at meeting \"m-tbc\", which is not one of the meetings in project.json",
                "clauses/negotiated.json:" + lineOf(clause, "\"requestedBy\": \"bre\"") + ":7: decision d-reopened "
                        + "was requested by delegation \"bre\", which is not one of the delegations in project.json");
        // kept: saving writes them back
        Project project = result.project();
        assertThat(project.info().members().get(1).delegation()).isEqualTo("bre");
        assertThat(project.clause("negotiated").orElseThrow().brackets().get(0).options().get(0).supportedBy())
                .containsExactly("bre");
    }

    /**
     * Opening a project (the window, status, an export) leaves the names that point nowhere to `validate`: each file
     * is read once, and the files are read again to place a warning only when one is asked for, without noting
     * that read as what the project came from.
     */
    @Test
    void readingAProjectReadsEachFileOnceAndPlacesTheWarningsWhenAskedFor() throws Exception {
        writeWithUnknownNames();
        List<Problem> expected = ProjectReader.read(new ProjectFolder(dir)).warnings();
        Map<String, Integer> reads = new HashMap<>();
        ProjectFolder folder = new ProjectFolder(dir);
        ProjectFiles counted = new ProjectFiles() {
            @Override
            public Optional<byte[]> read(String path) throws IOException {
                reads.merge(path, 1, Integer::sum);
                return folder.read(path);
            }

            @Override
            public List<String> list(String listed) throws IOException {
                return folder.list(listed);
            }
        };
        FileStamps stamps = new FileStamps();
        ReadResult result = ProjectReader.read(new StampedFiles(counted, stamps));
        assertThat(reads).containsEntry("clauses/negotiated.json", 1).containsEntry("project.json", 1)
                .allSatisfy((path, times) -> assertThat(times).as(path).isEqualTo(1));

        byte[] read = Files.readAllBytes(dir.resolve("clauses/negotiated.json"));
        edit("clauses/negotiated.json", t -> "\n" + t);
        assertThat(result.warnings()).hasSize(expected.size()).hasSizeGreaterThan(3);
        assertThat(reads.get("clauses/negotiated.json")).isGreaterThan(1);
        // what the project came from is still the file as it was read, not as it was when the warnings were placed
        assertThat(stamps.matches("clauses/negotiated.json", Optional.of(read))).isTrue();
    }

    private void writeWithUnknownNames() throws Exception {
        writeAndRead(negotiated());
        edit("project.json", t -> t.replace("""
                    {
                      "id": "bre",
                      "name": "Kingdom of Brevania",
                      "shortName": "BRE",
                      "group": ""
                    }
                """, "").replace("\"Group A\"\n    },\n", "\"Group A\"\n    }\n")
                .replace("\"id\": \"m-tbc\"", "\"id\": \"m-informal\""));
    }

    @Test
    void aMalformedBracketOrDecisionIsAProblemAtItsLineAndColumn() throws Exception {
        writeAndRead(negotiated());
        String written = Files.readString(dir.resolve("clauses/negotiated.json"));
        // a state or kind this version does not know is a newer version's: kept, a warning (issue 12)
        assertKept(written.replace("\"state\": \"open\"", "\"state\": \"half-open\""), "\"state\": \"half-open\"",
                "`state` \"half-open\" is not a value this version knows (kept as is; written by a newer "
                        + "Clausewright?); handled as open and shown as \"half-open\"");
        // refused by the tree as it is built, deep in the file as at its root, and placed at the second key
        assertProblem(written.replace("\"note\": \"G-77 text\"", "\"note\": \"G-77 text\",\n\"note\": \"again\""),
                "\"note\": \"again\"", "the key `note` appears twice in the same object: keep one of them");
        assertProblem(written.replace("\"chosen\": 1\n", "\"chosen\": 2\n"), "\"chosen\": 2",
                "a cleaned bracket's `chosen` must be the number of one of its 2 options, counted from 0, not 2");
        assertKept(written.replace("\"kind\": \"bracket-deleted\"", "\"kind\": \"bracket-removed\""),
                "\"kind\": \"bracket-removed\"", "`kind` \"bracket-removed\" is not a value this version knows (kept "
                        + "as is; written by a newer Clausewright?); handled as a status decision and shown as "
                        + "\"bracket-removed\"");
        assertProblem(written.replace("\"time\": \"2026-03-09T15:00:00Z\"", "\"time\": \"yesterday\""),
                "\"time\": \"yesterday\"", "`time` must be a UTC time such as 2026-01-05T10:00:00Z, not \"yesterday\"");
        assertProblem(written.replace("\"alternativeOf\": \"\",", "\"alternativeOf\": \"\",\n  \"status\": \"agreed\","),
                "\"status\": \"agreed\"", "`status` is no longer stored (schema version 2): a clause's status follows "
                        + "from its `decisions`; remove the key and record a decision (clausewright decide)");
    }

    @Test
    void aBadFrozenNumberOrATwiceListedDelegationIsAProblem() throws Exception {
        writeAndRead(negotiated());
        edit("outline.json", t -> t.replace("\"1.1 bis\"", "\"1.1 second\""));
        assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).extracting(Problem::toString)
                .containsExactly("outline.json:" + lineOf(Files.readString(dir.resolve("outline.json")), "1.1 second")
                        + ":7: the frozen number of \"report-concerns\" must be a number such as \"2.3\" or \"2.3 bis\", "
                        + "not \"1.1 second\"");
        edit("outline.json", t -> t.replace("\"1.1 second\"", "\"1.1 bis\""));
        edit("project.json", t -> t.replace("\"id\": \"bre\"", "\"id\": \"ald\""));
        assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).extracting(Problem::toString)
                .singleElement().asString().matches("project\\.json:\\d+:7: delegation id \"ald\" is used twice");
    }

    @Test
    void anOptionNoteOrADelegationNameOverTheTextLimitIsRefusedBeforeAnythingIsWritten() throws Exception {
        Project before = negotiated();
        new ProjectWriter(new ProjectFolder(dir)).writeAll(before);
        Clause clause = before.clause("negotiated").orElseThrow();
        Bracket first = clause.brackets().get(0);
        String tooLong = "x".repeat(org.clausewright.model.TextLimits.MAX_TEXT_CHARS + 1);
        Project longNote = before.withClause(clause.withBracket(first.withOption(0,
                first.options().get(0).withNote(tooLong))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProjectWriter(new ProjectFolder(dir))
                        .save(before, longNote))
                .isInstanceOf(TextTooLongException.class)
                .hasMessage("clause \"negotiated\", bracket \"" + first.id() + "\": `note` is 1,000,001 characters "
                        + "long; a field holds at most 1,000,000: shorten it (nothing was saved)");
        Project longName = before.withInfo(before.info().withDelegations(List.of(
                new Delegation("ald", tooLong, "ALD", ""))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProjectWriter(new ProjectFolder(dir))
                        .save(before, longName))
                .hasMessageStartingWith("project.json, delegation \"ald\": `name` is 1,000,001 characters long");
        assertThat(ProjectReader.read(new ProjectFolder(dir)).project().clauses()).isEqualTo(before.clauses());
    }

    private void assertProblem(String content, String at, String message) throws Exception {
        Files.writeString(dir.resolve("clauses/negotiated.json"), content);
        int line = lineOf(content, at);
        int column = content.lines().toList().get(line - 1).indexOf(at.substring(0, at.indexOf(':'))) + 1;
        assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).extracting(Problem::toString)
                .contains("clauses/negotiated.json:" + line + ":" + column + ": " + message);
    }

    private void assertKept(String content, String at, String message) throws Exception {
        Files.writeString(dir.resolve("clauses/negotiated.json"), content);
        int line = lineOf(content, at);
        int column = content.lines().toList().get(line - 1).indexOf(at.substring(0, at.indexOf(':'))) + 1;
        ReadResult read = ProjectReader.read(new ProjectFolder(dir));
        assertThat(read.problems()).isEmpty();
        assertThat(read.kept()).extracting(Problem::toString)
                .contains("clauses/negotiated.json:" + line + ":" + column + ": " + message);
    }

    private void edit(String path, UnaryOperator<String> change) throws Exception {
        String before = Files.readString(dir.resolve(path));
        String after = change.apply(before);
        assertThat(after).as("the edit applies").isNotEqualTo(before);
        Files.writeString(dir.resolve(path), after);
    }

    private static int lineOf(String content, String needle) {
        List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + needle);
    }
}
