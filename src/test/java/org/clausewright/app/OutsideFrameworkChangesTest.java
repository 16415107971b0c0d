package org.clausewright.app;

import org.clausewright.command.AddAddress;
import org.clausewright.model.Coverage;
import org.clausewright.model.CoverageState;
import org.clausewright.model.Extent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A framework file or a clause's addresses changed by another program in an open project: taken in, never lost. */
class OutsideFrameworkChangesTest {
    private static final String FRAMEWORK = "frameworks/tianjin-2021.json";
    private static final String DIALOGUE = "clauses/public-dialogue.json";

    @TempDir
    Path temp;

    private Path sample() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        return dir;
    }

    @Test
    void aFrameworkEditedOnDiskIsTakenInAndTheWindowsSaveDoesNotOverwriteIt() throws Exception {
        Path dir = sample();
        Path file = dir.resolve(FRAMEWORK);
        try (ProjectSession session = ProjectSession.open(dir, "Lucía Fernández Ortega")) {
            Files.writeString(file, Files.readString(file).replace("\"title\": \"Role of institutions\"",
                    "\"title\": \"Role of institutions and funders\""));
            OutsideReport report = session.checkOutside(List.of(FRAMEWORK));
            assertThat(report.takenIn()).containsExactly(FRAMEWORK);
            assertThat(session.project().framework("tianjin-2021").orElseThrow().element("9").orElseThrow().title())
                    .isEqualTo("Role of institutions and funders");

            // an address added in the window and the framework file written by the other program again
            session.execute(new AddAddress("public-dialogue", "tianjin-2021", "8", Extent.FULL));
            Files.writeString(file, Files.readString(file).replace("\"note\": \"", "\"note\": \"Edited. "));
            session.save();
            assertThat(Files.readString(file)).contains("Role of institutions and funders", "\"note\": \"Edited. ");
            assertThat(Files.readString(dir.resolve(DIALOGUE))).contains("\"element\": \"8\"");
        }
    }

    @Test
    void addressesAddedToAClauseFileOnDiskCloseTheGap() throws Exception {
        Path dir = sample();
        Path file = dir.resolve(DIALOGUE);
        try (ProjectSession session = ProjectSession.open(dir, "Lucía Fernández Ortega")) {
            Files.writeString(file, Files.readString(file).replace("  \"alternativeOf\"", "  \"addresses\": [\n"
                    + "    {\n      \"framework\": \"tianjin-2021\",\n      \"element\": \"8\",\n"
                    + "      \"extent\": \"partial\"\n    }\n  ],\n  \"alternativeOf\""));
            assertThat(session.checkOutside(List.of(DIALOGUE)).takenIn()).containsExactly(DIALOGUE);
            Coverage coverage = Coverage.of(session.project(), session.project().framework("tianjin-2021")
                    .orElseThrow());
            assertThat(coverage.gaps()).isEmpty();
            assertThat(coverage.elements().get(7).state()).isEqualTo(CoverageState.PARTLY);
        }
    }
}
