package org.clausewright.app;

import org.clausewright.command.CommandStack;
import org.clausewright.command.ConfirmTranslation;
import org.clausewright.command.EditText;
import org.clausewright.command.EditTranslationText;
import org.clausewright.command.SetLanguages;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Languages;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.TranslationState;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ProjectWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A translation's state through edits, recorded versions, confirmation, undo and a restore. */
class TranslationStatusesTest {
    @TempDir
    Path dir;

    private static Instant at(int day) {
        return Instant.parse("2026-03-01T10:00:00Z").plusSeconds(86_400L * day);
    }

    private Project start() {
        Clause a = Clause.of("harm", "Avoiding harm", "Scientists shall avoid harm.");
        Clause b = Clause.of("report", "Reporting", "Report concerns.");
        Project p = new Project(ProjectInfo.titled("code", "Code"), new Outline(List.of(new Part("p", "Part",
                List.of(new ClauseRef("harm"), new ClauseRef("report"))))), Map.of("harm", a, "report", b), Map.of());
        return new SetLanguages(new Languages("en", List.of("fr"))).apply(p);
    }

    private Project save(Project before, Project after) throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).save(before, after);
        return after;
    }

    private TranslationRow row(Project project, VersionHistory history, String clause) throws Exception {
        return new TranslationStatuses(history).of(project, List.of()).stream()
                .filter(r -> r.clauseId().equals(clause)).findFirst().orElseThrow();
    }

    @Test
    void anOutdatedTranslationNamesTheVersionThatChangedItsSourceUntilItIsConfirmed() throws Exception {
        Project p = start();
        new ProjectWriter(new ProjectFolder(dir)).writeAll(p);
        CommandStack stack = new CommandStack(p);
        try (VersionHistory history = VersionHistory.open(dir)) {
            history.record("Working draft 1", "", "Amina Diallo", at(0));
            Project translated = save(p, stack.execute(new EditTranslationText("fr", "harm",
                    "Les scientifiques évitent de nuire.", "Working draft 1")));
            history.record("Working draft 2", "French", "Hélène Martin", at(1));
            assertThat(row(translated, history, "harm").state()).isEqualTo(TranslationState.CURRENT);
            assertThat(row(translated, history, "report").state()).isEqualTo(TranslationState.MISSING);

            // the source changes, first unrecorded: outdated, since no recorded version yet
            Project edited = save(translated, stack.execute(new EditText("harm", "Scientists shall avoid all harm.")));
            TranslationRow unrecorded = row(edited, history, "harm");
            assertThat(unrecorded.state()).isEqualTo(TranslationState.OUTDATED);
            assertThat(unrecorded.since()).isNull();
            Version third = history.record("Working draft 3", "", "Amina Diallo", at(2));
            history.record("Working draft 4", "", "Amina Diallo", at(3));
            TranslationRow recorded = row(edited, history, "harm");
            assertThat(recorded.since()).isEqualTo(third.label());
            assertThat(recorded.madeFrom()).isEqualTo("Working draft 1");
            // and the folder says the same when read again
            Project reread = ProjectReader.read(new ProjectFolder(dir)).orThrow();
            assertThat(row(reread, history, "harm").since()).isEqualTo("Working draft 3");

            String label = new TranslationStatuses(history).labelFor(edited.clause("harm").orElseThrow());
            assertThat(label).isEqualTo("Working draft 4");
            Project confirmed = stack.execute(new ConfirmTranslation("fr", "harm", label));
            assertThat(row(confirmed, history, "harm").state()).isEqualTo(TranslationState.CURRENT);
            assertThat(confirmed.translations().of("fr", "harm").orElseThrow().text())
                    .isEqualTo("Les scientifiques évitent de nuire.");
            assertThat(stack.undoName()).contains("command.confirmTranslation");
            Project undone = stack.undo();
            assertThat(row(undone, history, "harm").state()).isEqualTo(TranslationState.OUTDATED);
        }
    }

    @Test
    void restoringTheSourceThatWasTranslatedMakesTheTranslationCurrentAgain() throws Exception {
        Project p = start();
        new ProjectWriter(new ProjectFolder(dir)).writeAll(p);
        CommandStack stack = new CommandStack(p);
        try (VersionHistory history = VersionHistory.open(dir)) {
            Project translated = save(p, stack.execute(new EditTranslationText("fr", "harm",
                    "Les scientifiques évitent de nuire.", "")));
            Version first = history.record("Working draft 1", "", "Amina Diallo", at(0));
            save(translated, stack.execute(new EditText("harm", "Scientists avoid harm.")));
            history.record("Working draft 2", "", "Amina Diallo", at(1));

            history.restoreDraft(first, "Amina Diallo", at(2));
            Project restored = ProjectReader.read(new ProjectFolder(dir)).orThrow();
            assertThat(row(restored, history, "harm").state()).isEqualTo(TranslationState.CURRENT);
        }
    }

    @Test
    void aTranslationIsRecordedInTheVersionAndReadBackFromIt() throws Exception {
        Project p = start();
        new ProjectWriter(new ProjectFolder(dir)).writeAll(p);
        try (VersionHistory history = VersionHistory.open(dir)) {
            save(p, new EditTranslationText("fr", "harm", "Les scientifiques évitent de nuire.", "").apply(p));
            Version v = history.record("Working draft 1", "", "Amina Diallo", at(0));
            Project recorded = ProjectReader.read(history.files(v)).orThrow();
            assertThat(recorded.translations().of("fr", "harm").orElseThrow().text())
                    .isEqualTo("Les scientifiques évitent de nuire.");
        }
    }
}
