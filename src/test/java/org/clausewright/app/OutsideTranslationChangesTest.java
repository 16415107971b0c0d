package org.clausewright.app;

import org.clausewright.command.EditTranslationText;
import org.clausewright.model.Translation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A translation another program changed in an open project is taken in or merged, as a clause is; never lost. */
class OutsideTranslationChangesTest {
    private static final String FRENCH = "translations/fr/do-no-harm.json";

    @TempDir
    Path temp;

    private Path sample() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        return dir;
    }

    private static Translation french(ProjectSession session) {
        return session.project().translations().of("fr", "do-no-harm").orElseThrow();
    }

    @Test
    void aTranslationChangedOnDiskIsTakenInAndOneEditedInTheWindowTooIsMerged() throws Exception {
        Path dir = sample();
        Path file = dir.resolve(FRENCH);
        try (ProjectSession session = ProjectSession.open(dir, "Hélène Martin")) {
            String before = french(session).text();
            assertThat(before).startsWith("Les scientifiques devraient prendre toutes les mesures raisonnables");
            Files.writeString(file, Files.readString(file).replace("toutes les mesures raisonnables",
                    "toutes les dispositions raisonnables"));

            OutsideReport report = session.checkOutside(List.of(FRENCH));
            assertThat(report.takenIn()).containsExactly(FRENCH);
            assertThat(french(session).text()).contains("toutes les dispositions raisonnables");

            // now an edit in the window and another on disk, in different words: both kept
            session.execute(new EditTranslationText("fr", "do-no-harm",
                    french(session).text().replace("Les scientifiques", "Les chercheurs"), "Working draft 4"));
            Files.writeString(file, Files.readString(file).replace("dispositions raisonnables",
                    "dispositions utiles"));
            OutsideReport merged = session.checkOutside(List.of(FRENCH));
            assertThat(merged.merged()).containsExactly(FRENCH);
            assertThat(french(session).text()).startsWith("Les chercheurs devraient prendre toutes les dispositions "
                    + "utiles");
            session.save();
            assertThat(Files.readString(file)).contains("Les chercheurs devraient prendre toutes les dispositions utiles");
        }
    }
}
