package org.clausewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Files in the wrong place, through the command line as a member meets them: each refusal is one line on
 * standard error, with a non-zero exit, naming the file, what is wrong and what to do; never the JDK's bare
 * "Is a directory" or a bare path.
 */
class FailureMessagesTest {
    @TempDir
    Path temp;

    /** One wording wherever a file stands where a folder is needed, whichever command meets it. */
    private static final String FILE_IN_THE_WAY = " is a file where a folder is needed; rename or move it, or choose"
            + " another place";
    /** One wording wherever a project's file is a folder. */
    private static final String FOLDER_IN_THE_WAY = ": is a folder where a file should be — move it out of the project"
            + " folder";

    private record Case(String what, List<String> args, List<String> expected) {
    }

    @Test
    void eachFileInTheWrongPlaceIsOneSentenceNamingItWhatIsWrongAndWhatToDo() throws Exception {
        Path project = temp.resolve("model-code");
        assertThat(CliRun.of("new", project.toString(), "--sample").exit()).isZero();
        Path folder = Files.createDirectories(temp.resolve("some-folder"));
        Path file = Files.writeString(temp.resolve("some-file"), "not a project\n");
        Path folderAsProjectJson = copy(project, "project-json-is-a-folder");
        Files.delete(folderAsProjectJson.resolve("project.json"));
        Files.createDirectories(folderAsProjectJson.resolve("project.json"));
        Path folderAsClause = copy(project, "clause-is-a-folder");
        Files.delete(folderAsClause.resolve("clauses/do-no-harm.json"));
        Files.createDirectories(folderAsClause.resolve("clauses/do-no-harm.json"));
        Path fileAsAnnotations = copy(project, "annotations-is-a-file");
        deleteTree(fileAsAnnotations.resolve("annotations"));
        Files.writeString(fileAsAnnotations.resolve("annotations"), "in the way\n");
        Path review = temp.resolve("review.docx");
        Files.write(review, getClass().getResourceAsStream("/org/clausewright/docx/review/sample-review-libreoffice.docx")
                .readAllBytes());
        String clauseFolder = folderAsClause.resolve("clauses/do-no-harm.json").toAbsolutePath().toString();
        String projectJsonFolder = folderAsProjectJson.resolve("project.json").toAbsolutePath().toString();

        List<Case> cases = List.of(
                new Case("export onto a folder", List.of("export", project.toString(), "-o", folder.toString()),
                        List.of(folder.toString(), "is a folder", "give a file name")),
                new Case("export below a file", List.of("export", project.toString(), "-o",
                        file.resolve("draft.docx").toString()), List.of("(nothing was changed there): " + file
                        + FILE_IN_THE_WAY)),
                new Case("import a folder", List.of("import-review", project.toString(), folder.toString()),
                        List.of("some-folder is a folder, not a Word file", "give the reviewed .docx")),
                new Case("import a file that is not there", List.of("import-review", project.toString(),
                        temp.resolve("nothere.docx").toString()), List.of("nothere.docx does not exist", "check the name")),
                new Case("log of a file", List.of("log", file.toString()),
                        List.of(file + " is a file, not a project folder", "give the folder that holds project.json")),
                new Case("diff of a file", List.of("diff", file.toString(), "a", "b"),
                        List.of(file + " is a file, not a project folder")),
                new Case("new project below a file", List.of("new", file.resolve("p").toString()),
                        List.of(file.toAbsolutePath() + FILE_IN_THE_WAY)),
                new Case("new project where a file is", List.of("new", file.toString()),
                        List.of(file.toAbsolutePath() + FILE_IN_THE_WAY)),
                new Case("log below a file", List.of("log", file.resolve("p").toString()),
                        List.of(file.toAbsolutePath() + FILE_IN_THE_WAY)),
                new Case("export two folders below a file", List.of("export", project.toString(), "-o",
                        file.resolve("a/draft.docx").toString()), List.of("(nothing was changed there): "
                        + file.toAbsolutePath() + FILE_IN_THE_WAY)),
                new Case("project.json is a folder", List.of("log", folderAsProjectJson.toString()),
                        List.of(projectJsonFolder + FOLDER_IN_THE_WAY)),
                new Case("export with project.json a folder", List.of("export", folderAsProjectJson.toString(), "-o",
                        temp.resolve("x.docx").toString()), List.of(projectJsonFolder + FOLDER_IN_THE_WAY)),
                new Case("a clause file is a folder", List.of("record", folderAsClause.toString(), "--label", "L"),
                        List.of(clauseFolder + FOLDER_IN_THE_WAY)),
                new Case("import into a project whose annotations folder is a file", List.of("import-review",
                        fileAsAnnotations.toString(), review.toString()), List.of("could not save the imported review (",
                        fileAsAnnotations.resolve("annotations").toAbsolutePath() + " is a file where a folder is needed",
                        "the checkpoint")));

        assertSoftly(softly -> {
            for (Case c : cases) {
                CliRun run = CliRun.of(c.args().toArray(String[]::new));
                softly.assertThat(run.exit()).as(c.what() + ": exit").isNotZero();
                softly.assertThat(run.err()).as(c.what()).startsWith("clausewright: ").endsWith("\n")
                        .containsOnlyOnce("\n").doesNotContain("Exception").doesNotContain(": Is a directory")
                        .doesNotContain("Not a directory");
                for (String expected : c.expected()) {
                    softly.assertThat(run.err()).as(c.what()).containsOnlyOnce(expected);
                }
            }
            // validate lists what is wrong as one of the project's problems, not as a failure of its own
            CliRun validate = CliRun.of("validate", folderAsClause.toString());
            softly.assertThat(validate.exit()).as("validate: exit").isEqualTo(1);
            softly.assertThat(validate.err()).as("validate").isEmpty();
            softly.assertThat(validate.out()).as("validate").startsWith(clauseFolder + FOLDER_IN_THE_WAY + "\n")
                    .endsWith("\n1 problem\n");
        });
    }

    @Test
    void validateNamesTheFolderItWasGivenOnceAndSaysWhatIsWrongWithIt() throws Exception {
        Path file = Files.writeString(temp.resolve("some-file"), "not a project\n");
        CliRun ofAFile = CliRun.of("validate", file.toString());
        assertThat(ofAFile.exit()).isEqualTo(1);
        assertThat(ofAFile.out()).startsWith(file + ": is a file, not a project folder: give the folder that holds"
                + " project.json\n");
        CliRun missing = CliRun.of("validate", temp.resolve("nothere").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.out()).startsWith(temp.resolve("nothere") + ": does not exist: check the name and the folder\n");
    }

    @Test
    void runningOutOfMemoryIsOneLineSayingHowToGiveItMore() {
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = new ClausewrightCli(dir -> {
            throw new OutOfMemoryError("Java heap space");
        }).run(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(err, true));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("clausewright: out of memory: run with a larger heap (JDK_JAVA_OPTIONS=")
                .containsOnlyOnce("\n");
    }

    @Test
    void anUnexpectedErrorSaysWhereItsDetailsAre() {
        java.io.StringWriter err = new java.io.StringWriter();
        org.clausewright.app.log.LogFile log = new org.clausewright.app.log.LogFile(temp.resolve("state"));
        int exit = new ClausewrightCli(dir -> {
            throw new NullPointerException();
        }, log).run(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(err, true));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("clausewright: an unexpected error (NullPointerException); the details are in "
                + log.newest() + "\n");
    }

    private Path copy(Path from, String name) throws IOException {
        Path to = temp.resolve(name);
        List<Path> all = new ArrayList<>();
        try (var walk = Files.walk(from)) {
            walk.forEach(all::add);
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
        return to;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
