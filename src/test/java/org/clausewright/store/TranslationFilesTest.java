package org.clausewright.store;

import org.clausewright.model.Clause;
import org.clausewright.model.DraftTitles;
import org.clausewright.model.Languages;
import org.clausewright.model.Project;
import org.clausewright.model.Translation;
import org.clausewright.model.TranslationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The draft's language versions in the folder: one file per clause and language, kept, merged and protected. */
class TranslationFilesTest {
    @TempDir
    Path dir;

    private final FileStamps stamps = new FileStamps();

    static Project translated() {
        Project p = TestProjects.small();
        p = p.withInfo(p.info().withLanguages(new Languages("en", List.of("fr", "ar"))));
        Clause duty = p.clause("duty-of-care").orElseThrow();
        Project q = p.withTranslation(Translation.of(duty, "fr", "Devoir de diligence",
                        "Les scientifiques [doivent][devraient] éviter de nuire.\n(a) dès la conception ;", "Working draft 1"))
                .withTranslation(Translation.of(duty, "ar", "واجب العناية", "على العلماء تجنب الضرر.", ""));
        return q.withTranslations(q.translations().withTitles(DraftTitles.of("fr", "Code type", "",
                        Map.of("ethics", "Normes éthiques"), Map.of("reporting", "Signalement"))));
    }

    private Project opened(Project project) throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        return ProjectReader.read(new StampedFiles(new ProjectFolder(dir), stamps)).orThrow();
    }

    @Test
    void eachTranslationIsOneFileInItsLanguageFolderAndReadsBackTheSame() throws Exception {
        Project written = translated();
        Project read = opened(written);

        assertThat(read.info().languages()).isEqualTo(new Languages("en", List.of("fr", "ar")));
        assertThat(read.translations()).isEqualTo(written.translations());
        String fr = Files.readString(dir.resolve("translations/fr/duty-of-care.json"));
        assertThat(fr).startsWith("{\n  \"schemaVersion\": 2,\n  \"clause\": \"duty-of-care\",\n"
                + "  \"language\": \"fr\",\n  \"madeFrom\": {\n    \"sourceHash\": \"");
        assertThat(fr).contains("\"version\": \"Working draft 1\"", "\"heading\": \"Devoir de diligence\"",
                "    \"(a) dès la conception ;\"\n");
        // the typed bracket of the translation has its record, as a clause's has
        assertThat(read.translations().of("fr", "duty-of-care").orElseThrow().brackets()).hasSize(1);
        assertThat(Files.readString(dir.resolve("translations/ar/duty-of-care.json"))).contains("واجب العناية");
        assertThat(Files.readString(dir.resolve("translations/fr.json"))).contains("\"title\": \"Code type\"",
                "\"parts\": {\n    \"ethics\": \"Normes éthiques\"\n  },");
        assertThat(read.translations().titles("fr").orElseThrow().titleOf("reporting", "Reporting"))
                .isEqualTo("Signalement");
        assertThat(Files.readString(dir.resolve("project.json")))
                .contains("\"sourceLanguage\": \"en\",\n  \"targetLanguages\": [\n    \"fr\",\n    \"ar\"\n  ]");
    }

    @Test
    void aProjectWrittenBeforeLanguagesIsEnglishWithNoTargets() throws Exception {
        Project read = opened(TestProjects.small());
        assertThat(read.info().languages()).isEqualTo(Languages.DEFAULT);
        assertThat(read.translations().isEmpty()).isTrue();
    }

    @Test
    void aSaveWritesOnlyTheTranslationThatChangedAndDeletesARemovedOne() throws Exception {
        Project before = opened(translated());
        Path ar = dir.resolve("translations/ar/duty-of-care.json");
        Path fr = dir.resolve("translations/fr/duty-of-care.json");
        byte[] arBytes = Files.readAllBytes(ar);
        Translation t = before.translations().of("fr", "duty-of-care").orElseThrow();
        Project after = before.withTranslation(t.withHeading("Obligation de diligence"));

        int touched = new ProjectWriter(new ProjectFolder(dir), stamps).save(before, after);

        assertThat(touched).isEqualTo(1);
        assertThat(Files.readString(fr)).contains("Obligation de diligence");
        assertThat(Files.readAllBytes(ar)).isEqualTo(arBytes);
        Project without = after.withTranslations(after.translations().without("ar", "duty-of-care"));
        new ProjectWriter(new ProjectFolder(dir), stamps).save(after, without);
        assertThat(ar).doesNotExist();
    }

    @Test
    void deletingAClauseTakesItsTranslationsWithIt() throws Exception {
        Project before = opened(translated());
        Project after = new org.clausewright.command.DeleteClause("duty-of-care").apply(before);
        new ProjectWriter(new ProjectFolder(dir), stamps).save(before, after);
        assertThat(dir.resolve("translations/fr/duty-of-care.json")).doesNotExist();
    }

    @Test
    void aTranslationChangedOnDiskIsNeverOverwritten() throws Exception {
        Project before = opened(translated());
        Path fr = dir.resolve("translations/fr/duty-of-care.json");
        String theirs = Files.readString(fr).replace("Devoir de diligence", "Devoir de vigilance");
        Files.writeString(fr, theirs);
        Translation t = before.translations().of("fr", "duty-of-care").orElseThrow();
        Project after = before.withTranslation(t.withText("Autre texte."));

        assertThatThrownBy(() -> new ProjectWriter(new ProjectFolder(dir), stamps).save(before, after))
                .isInstanceOfSatisfying(OutsideChangeException.class, e ->
                        assertThat(e.paths()).containsExactly("translations/fr/duty-of-care.json"));
        assertThat(Files.readString(fr)).isEqualTo(theirs);
    }

    @Test
    void keysANewerVersionWroteInATranslationAreKeptAndWrittenBack() throws Exception {
        opened(translated());
        Path fr = dir.resolve("translations/fr/duty-of-care.json");
        String newer = Files.readString(fr)
                .replace("\"version\": \"Working draft 1\"\n", "\"version\": \"Working draft 1\",\n    \"tool\": \"cat-7\"\n")
                .replaceFirst("\n}\n$", ",\n  \"reviewer\": \"Hélène Martin\"\n}\n");
        Files.writeString(fr, newer);
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        Project read = result.orThrow();
        assertThat(result.warnings()).extracting(Problem::toString)
                .anyMatch(w -> w.contains("translations/fr/duty-of-care.json") && w.contains("`reviewer`"));

        Translation t = read.translations().of("fr", "duty-of-care").orElseThrow();
        new ProjectWriter(new ProjectFolder(dir)).save(read.withTranslation(t.withHeading("X")), read);
        assertThat(Files.readString(fr)).isEqualTo(newer);
    }

    @Test
    void aFolderOfALanguageTheProjectDoesNotListIsLeftAlone() throws Exception {
        Path es = dir.resolve("translations/es/duty-of-care.json");
        Files.createDirectories(es.getParent());
        Files.writeString(es, "written by another tool\n");
        new ProjectWriter(new ProjectFolder(dir)).writeAll(translated());
        Project read = ProjectReader.read(new ProjectFolder(dir)).orThrow();
        new ProjectWriter(new ProjectFolder(dir)).writeAll(read);
        assertThat(Files.readString(es)).isEqualTo("written by another tool\n");
    }

    @Test
    void aLanguageTagThatIsNotOneIsAProblemThatSaysHowToWriteIt() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(translated());
        Path project = dir.resolve("project.json");
        Files.writeString(project, Files.readString(project).replace("[\n    \"fr\",\n    \"ar\"\n  ]", "[\"zh_cn\", \"../x\"]"));
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.problems()).extracting(Problem::toString)
                .anyMatch(p -> p.startsWith("project.json:") && p.contains("\"zh_cn\"") && p.contains("write it \"zh-CN\""))
                .anyMatch(p -> p.contains("\"../x\" is not a language tag"));
    }

    @Test
    void aTranslationWhoseFileNameOrFolderDoesNotMatchIsAProblem() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(translated());
        Path fr = dir.resolve("translations/fr/duty-of-care.json");
        Files.writeString(fr, Files.readString(fr).replace("\"language\": \"fr\"", "\"language\": \"ar\""));
        assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).extracting(Problem::toString)
                .anyMatch(p -> p.startsWith("translations/fr/duty-of-care.json:4:")
                        && p.contains("does not match the folder (expected \"fr\")"));
    }

    @Test
    void theStateFollowsTheSourceAndConfirmingMakesItCurrent() {
        Project p = translated();
        Clause duty = p.clause("duty-of-care").orElseThrow();
        assertThat(TranslationState.of(p, duty, "fr")).isEqualTo(TranslationState.CURRENT);
        assertThat(TranslationState.of(p, p.clause("report-concerns").orElseThrow(), "fr"))
                .isEqualTo(TranslationState.MISSING);
        Project edited = p.withClause(duty.withText(duty.text() + " Always."));
        Clause changed = edited.clause("duty-of-care").orElseThrow();
        assertThat(TranslationState.of(edited, changed, "fr")).isEqualTo(TranslationState.OUTDATED);
        // the heading counts too
        Project renamed = p.withClause(duty.withHeading("Care"));
        assertThat(TranslationState.of(renamed, renamed.clause("duty-of-care").orElseThrow(), "ar"))
                .isEqualTo(TranslationState.OUTDATED);
    }
}
