package org.clausewright.store;

import org.clausewright.command.AddOption;
import org.clausewright.command.ClauseSlot;
import org.clausewright.command.Command;
import org.clausewright.command.EditHeading;
import org.clausewright.command.EditText;
import org.clausewright.command.MoveClause;
import org.clausewright.command.RenamePart;
import org.clausewright.command.RenameSection;
import org.clausewright.command.ReplyToThread;
import org.clausewright.model.Project;
import org.clausewright.model.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Files written by a newer Clausewright: their unknown keys are read, warned about, kept and written back. */
class NewerKeysTest {
    private static final String KEY = "reviewDeadline";

    @TempDir
    Path dir;

    private Map<Path, byte[]> snapshot() throws Exception {
        Map<Path, byte[]> files = new HashMap<>();
        for (Path file : NewerFiles.files(dir)) {
            files.put(dir.relativize(file), Files.readAllBytes(file));
        }
        return files;
    }

    @Test
    void unknownKeysAtEveryLevelAreWarningsAndComeBackByteForByte() throws Exception {
        NewerFiles.write(NewerFiles.everything(), dir, KEY);
        Map<Path, byte[]> before = snapshot();
        ReadResult read = ProjectReader.read(new ProjectFolder(dir));
        assertThat(read.problems()).isEmpty();
        assertThat(read.isValid()).isTrue();
        assertThat(read.warnings()).extracting(Problem::toString)
                .anyMatch(w -> w.matches("clauses/duty-of-care\\.json:\\d+:3: unknown key `" + KEY
                        + "` \\(kept as is; written by a newer Clausewright\\?\\)"))
                .anyMatch(w -> w.startsWith("project.json:") && w.contains("`" + KEY + "`"))
                .anyMatch(w -> w.startsWith("outline.json:") && w.contains("`" + KEY + "`"))
                .anyMatch(w -> w.startsWith("annotations/duty-of-care.json:") && w.contains("`" + KEY + "`"))
                .anyMatch(w -> w.startsWith("unplaced.json:") && w.contains("`" + KEY + "`"));
        assertThat(read.kept()).allMatch(w -> w.message().contains("kept as is"));

        new ProjectWriter(new ProjectFolder(dir)).writeAll(read.project());

        Map<Path, byte[]> after = snapshot();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (Path file : before.keySet()) {
            assertThat(new String(after.get(file), java.nio.charset.StandardCharsets.UTF_8)).as(file.toString())
                    .isEqualTo(new String(before.get(file), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyObjectOfEveryFileHoldsItsUnknownKey() throws Exception {
        NewerFiles.write(NewerFiles.everything(), dir, KEY);
        int objects = 0;
        for (Path file : NewerFiles.files(dir)) {
            objects += count(Files.readString(file), "\"" + KEY + "\"");
        }
        ReadResult read = ProjectReader.read(new ProjectFolder(dir));
        // one warning per object: each object kind is read with its unknown key, none is left unread
        assertThat(read.kept()).hasSize(objects);
        assertThat(objects).isGreaterThan(25);
    }

    @Test
    void editsThroughCommandsKeepTheUnknownKeysOfWhatTheyChange() throws Exception {
        NewerFiles.write(NewerFiles.everything(), dir, KEY);
        Project read = ProjectReader.read(new ProjectFolder(dir)).orThrow();
        String bracket = read.clause("duty-of-care").orElseThrow().brackets().get(0).id();
        List<Command> edits = List.of(
                new EditHeading("duty-of-care", "Duty of care, renamed"),
                new EditText("report-concerns", "Report concerns to the institution at once."),
                new AddOption("duty-of-care", bracket, "must"),
                new MoveClause("duty-of-care", new ClauseSlot("ethics", null, 1)),
                new RenameSection("reporting", "Reporting, renamed"),
                new RenamePart("ethics", "Ethics, renamed"),
                new ReplyToThread("duty-of-care", "t-00000001", new Reply("r-00000009", "Li Wei",
                        Instant.parse("2026-03-01T10:00:00Z"), "Harms to people and animals.")));
        Project edited = read;
        for (Command edit : edits) {
            edited = edit.apply(edited);
        }
        Map<Path, byte[]> before = snapshot();
        new ProjectWriter(new ProjectFolder(dir)).save(read, edited);

        for (Path file : List.of(Path.of("clauses/duty-of-care.json"), Path.of("clauses/report-concerns.json"),
                Path.of("outline.json"), Path.of("annotations/duty-of-care.json"))) {
            String was = new String(before.get(file), java.nio.charset.StandardCharsets.UTF_8);
            String now = Files.readString(dir.resolve(file));
            assertThat(now).as(file + " was written").isNotEqualTo(was);
            assertThat(count(now, "\"" + KEY + "\"")).as(file + " keeps every unknown key")
                    .isGreaterThanOrEqualTo(count(was, "\"" + KEY + "\""));
        }
        // the reply is new, so it has none; every object that was there keeps its own
        assertThat(count(Files.readString(dir.resolve("annotations/duty-of-care.json")), "\"" + KEY + "\""))
                .isEqualTo(count(new String(before.get(Path.of("annotations/duty-of-care.json")),
                        java.nio.charset.StandardCharsets.UTF_8), "\"" + KEY + "\""));
        ReadResult again = ProjectReader.read(new ProjectFolder(dir));
        assertThat(again.problems()).isEmpty();
        assertThat(again.project().clause("duty-of-care").orElseThrow().heading()).isEqualTo("Duty of care, renamed");
    }

    @Test
    void editingOneFieldChangesOnlyItsLine() throws Exception {
        NewerFiles.write(NewerFiles.everything(), dir, KEY);
        Project read = ProjectReader.read(new ProjectFolder(dir)).orThrow();
        List<String> before = Files.readAllLines(dir.resolve("clauses/report-concerns.json"));
        Project edited = new EditHeading("report-concerns", "Reporting concerns at once").apply(read);
        new ProjectWriter(new ProjectFolder(dir)).save(read, edited);
        List<String> after = Files.readAllLines(dir.resolve("clauses/report-concerns.json"));
        assertThat(after).hasSameSizeAs(before);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertThat(changed).hasSize(1);
        assertThat(after.get(changed.get(0))).isEqualTo("  \"heading\": \"Reporting concerns at once\",");
    }

    @Test
    void everyFileOfTheSampleComesBackByteForByte() throws Exception {
        for (String version : List.of("v1", "v2", "v3", "v4")) {
            Path source = Path.of("resources/sample", version);
            Path copy = dir.resolve(version);
            for (Path file : NewerFiles.files(source)) {
                Path target = copy.resolve(source.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
            ReadResult read = ProjectReader.read(new ProjectFolder(copy));
            assertThat(read.problems()).as(version).isEmpty();
            new ProjectWriter(new ProjectFolder(copy)).writeAll(read.project());
            for (Path file : NewerFiles.files(source)) {
                assertThat(Files.readString(copy.resolve(source.relativize(file)))).as(version + " " + file)
                        .isEqualTo(Files.readString(file));
            }
            assertThat(NewerFiles.files(copy)).hasSameSizeAs(NewerFiles.files(source));
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
