package org.clausewright.docx.review;

import org.clausewright.app.BundledSample;
import org.clausewright.app.Export;
import org.clausewright.app.ExportSettings;
import org.clausewright.docx.CommentScope;
import org.clausewright.docx.ExportOptions.TextForm;
import org.clausewright.app.ProjectSession;
import org.clausewright.app.ReviewImport;
import org.clausewright.app.ReviewPreview;
import org.clausewright.docx.DocumentProperties;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.model.Translation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clausewright.docx.review.ReviewDocx.del;
import static org.clausewright.docx.review.ReviewDocx.from;
import static org.clausewright.docx.review.ReviewDocx.ins;
import static org.clausewright.docx.review.ReviewDocx.to;

/**
 * A review of the French or Arabic version's export comes back into that translation: comments on the translation's
 * words, tracked changes made in its text; the source clause and its threads are left as they were.
 */
class LanguageVersionReviewTest {
    private static final String FR_1 = "Les scientifiques devraient prendre toutes les mesures raisonnables pour éviter"
            + " que leurs recherches ne causent des dommages, que ce soit par accident, par ";
    private static final String FR_2 = " ou du fait de l’utilisation délibérément abusive de leurs travaux par autrui.";
    private static final String FR_LAST = "Lorsque le risque de dommages graves ne peut être ramené à un niveau"
            + " acceptable, les scientifiques devraient être prêts à modifier, suspendre ou refuser les travaux.";
    private static final String AR_1 = "ينبغي للعلماء أن يتخذوا جميع الخطوات ";
    private static final String AR_2 = " لتجنب إلحاق الضرر من خلال بحوثهم، سواء حدث ذلك عرضاً أو نتيجة ";
    private static final String AR_3 = " أو من خلال إساءة الغير استخدام عملهم عمداً.";
    private static final String AR_LAST = "حيثما تعذر خفض خطر الضرر الجسيم إلى مستوى مقبول، ينبغي للعلماء أن يكونوا"
            + " مستعدين لتعديل العمل أو إيقافه مؤقتاً أو الامتناع عنه.";

    @TempDir
    Path temp;
    private Path dir;

    @BeforeEach
    void sample() throws Exception {
        dir = temp.resolve("model-code");
        BundledSample.install(dir);
    }

    private Project imported(ReviewDocx review, String name) throws Exception {
        Path file = review.write(temp.resolve(name));
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo")) {
            ReviewPreview preview = ReviewImport.preview(session, file);
            assertThat(ReviewImport.apply(session, preview, "Amina Diallo")).isNotNull();
            // the same file again brings nothing: its comment is there, its change already made
            assertThat(ReviewImport.apply(session, ReviewImport.preview(session, file), "Amina Diallo")).isNull();
            return session.project();
        }
    }

    @Test
    void aFrenchReviewCommentsOnTheFrenchWordsAndCorrectsTheFrenchText() throws Exception {
        Project before;
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo")) {
            before = session.project();
        }
        ReviewDocx review = new ReviewDocx()
                .property(DocumentProperties.LANGUAGE, "fr")
                .paragraph("do-no-harm", "Obligation d’éviter de nuire")
                .paragraph("do-no-harm", "Les scientifiques devraient prendre toutes les mesures ", del("raisonnables"),
                        ins("possibles"), FR_1.substring(FR_1.indexOf(" pour éviter")), from(1), "négligence", to(1),
                        FR_2)
                .paragraph("do-no-harm", FR_LAST)
                .comment(1, "Claire Dubois", "« Négligence » est-il le terme juridique ?");
        Project after = imported(review, "relecture.docx");

        Translation fr = after.translations().of("fr", "do-no-harm").orElseThrow();
        assertThat(fr.text()).startsWith("Les scientifiques devraient prendre toutes les mesures possibles pour éviter")
                .doesNotContain("raisonnables");
        assertThat(fr.threads()).hasSize(1);
        AnnotationThread comment = fr.threads().get(0);
        assertThat(comment.kind()).isEqualTo(AnnotationKind.COMMENT);
        assertThat(comment.author()).isEqualTo("Claire Dubois");
        assertThat(comment.anchor().quote()).isEqualTo("négligence");
        assertThat(comment.anchor().start()).isEqualTo(fr.text().indexOf("négligence"));
        assertThat(comment.detached()).isFalse();
        // the source is untouched: its text, its threads, and the translation's stamp (a correction is not a confirm)
        assertThat(after.clause("do-no-harm")).isEqualTo(before.clause("do-no-harm"));
        assertThat(after.threads()).isEqualTo(before.threads());
        assertThat(fr.madeFrom()).isEqualTo(before.translations().of("fr", "do-no-harm").orElseThrow().madeFrom());
        assertThat(after.translations().of("ar", "do-no-harm")).isEqualTo(before.translations().of("ar", "do-no-harm"));
        String file = Files.readString(dir.resolve("translations/fr/do-no-harm.json"));
        assertThat(file).contains("\"threads\"", "« Négligence » est-il le terme juridique ?", "mesures possibles");
        assertThat(Files.readString(dir.resolve("translations/fr/national-law.json"))).doesNotContain("\"threads\"");
        try (ProjectSession reopened = ProjectSession.open(dir, "Amina Diallo")) {
            assertThat(reopened.project().translations()).isEqualTo(after.translations());
        }
    }

    @Test
    void anArabicReviewLandsOnTheArabicWords() throws Exception {
        ReviewDocx review = new ReviewDocx()
                .property(DocumentProperties.LANGUAGE, "ar")
                .paragraph("do-no-harm", "واجب تجنب الضرر")
                .paragraph("do-no-harm", AR_1, del("المعقولة"), ins("الممكنة"), AR_2, from(1), "إهمال", to(1), AR_3)
                .paragraph("do-no-harm", AR_LAST)
                .comment(1, "Layla Haddad", "هل هذا هو المصطلح القانوني؟");
        Project after = imported(review, "review-ar.docx");

        Translation ar = after.translations().of("ar", "do-no-harm").orElseThrow();
        assertThat(ar.text()).startsWith("ينبغي للعلماء أن يتخذوا جميع الخطوات الممكنة لتجنب").doesNotContain("المعقولة");
        AnnotationThread comment = ar.threads().get(0);
        assertThat(comment.anchor().quote()).isEqualTo("إهمال");
        assertThat(comment.anchor().start()).isEqualTo(ar.text().indexOf("إهمال"));
        assertThat(after.translations().of("fr", "do-no-harm").orElseThrow().threads()).isEmpty();
    }

    @Test
    void thePreviewSaysTheReviewIsOfTheFrenchVersionAndWhatItChangesThere() throws Exception {
        Path file = new ReviewDocx()
                .property(DocumentProperties.LANGUAGE, "fr")
                .paragraph("do-no-harm", "Obligation d’éviter de nuire")
                .paragraph("do-no-harm", "Les scientifiques devraient prendre toutes les mesures ", del("raisonnables"),
                        ins("possibles"), FR_1.substring(FR_1.indexOf(" pour éviter")), "négligence", FR_2)
                .paragraph("do-no-harm", FR_LAST)
                .write(temp.resolve("relecture.docx"));
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo")) {
            ReviewPreview preview = ReviewImport.preview(session, file);
            assertThat(preview.report(Locale.ENGLISH, true)).contains(
                    "The file is a language version of the draft (French): its comments go on that language's"
                            + " translation of each clause, and its tracked changes are made in that translation.",
                    "1.2.1  Obligation d’éviter de nuire  [do-no-harm]",
                    "  + change by Li Wei, made in the translation: “raisonnables” → “possibles”");
            assertThat(preview.report(Locale.FRENCH, true)).anyMatch(l -> l.contains("(français)"));
        }
    }

    /**
     * Our own French export, with a word replaced as Word tracks it, saved again by LibreOffice: the property naming
     * the language survives, and the change is made in the French translation.
     */
    @Test
    void theFrenchExportReviewedAndSavedByLibreOfficeComesBackIntoTheFrench() throws Exception {
        Path exported = temp.resolve("projet-fr.docx");
        Export.toWord(dir, exported, new ExportSettings(null, null, CommentScope.OPEN, false, false, null, false,
                Locale.FRENCH, false, TextForm.BRACKETED, false, "fr"), "Amina Diallo");
        Path reviewed = temp.resolve("relu.docx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(exported));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(reviewed))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String old = "<w:t>" + FR_1.substring(0, FR_1.indexOf("raisonnables"));
                    assertThat(xml).contains(old);
                    bytes = xml.replace(old + "raisonnables", old + "</w:t></w:r><w:del w:id=\"901\" w:author=\"Claire"
                            + " Dubois\" w:date=\"2026-05-02T09:00:00Z\"><w:r><w:delText>raisonnables</w:delText></w:r>"
                            + "</w:del><w:ins w:id=\"902\" w:author=\"Claire Dubois\" w:date=\"2026-05-02T09:00:00Z\">"
                            + "<w:r><w:t>possibles</w:t></w:r></w:ins><w:r><w:t xml:space=\"preserve\">")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Path saved = LibreOffice.resave(reviewed, temp.resolve("libreoffice"));
        assertThat(ReviewReader.read(saved).languages()).containsExactly("fr");
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo")) {
            assertThat(ReviewImport.apply(session, ReviewImport.preview(session, saved), "Amina Diallo")).isNotNull();
            Translation fr = session.project().translations().of("fr", "do-no-harm").orElseThrow();
            assertThat(fr.text()).contains("toutes les mesures possibles pour éviter");
            assertThat(session.project().clause("do-no-harm").orElseThrow().text()).contains("all reasonable steps");
        }
    }

    @Test
    void aBilingualDraftIsRefusedNamingItsColumns() throws Exception {
        Path file = new ReviewDocx()
                .property(DocumentProperties.LANGUAGE, "fr,en")
                .paragraph("do-no-harm", "Obligation d’éviter de nuire")
                .write(temp.resolve("bilingue.docx"));
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo")) {
            assertThatThrownBy(() -> ReviewImport.preview(session, file))
                    .isInstanceOf(ReviewFileException.class)
                    .hasMessageStartingWith("bilingue.docx was refused: it is a bilingual draft (French (fr) in the"
                            + " left column, English (en) in the right)")
                    .hasMessageContaining("export --language fr");
        }
    }

    @Test
    void aVersionInALanguageTheProjectDoesNotHaveIsRefused() throws Exception {
        Path file = new ReviewDocx()
                .property(DocumentProperties.LANGUAGE, "ru")
                .paragraph("do-no-harm", "Обязанность не причинять вреда")
                .write(temp.resolve("review-ru.docx"));
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo")) {
            assertThatThrownBy(() -> ReviewImport.preview(session, file))
                    .isInstanceOf(ReviewFileException.class)
                    .hasMessage("review-ru.docx was refused: it is the Russian (ru) version of a draft, and this"
                            + " project has no Russian (ru) version (it is written in English (en) and translated"
                            + " into French (fr), Arabic (ar)); add ru to its languages, or import the review into the"
                            + " project it came from");
        }
    }
}
