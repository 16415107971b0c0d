package org.clausewright.merge;

import org.clausewright.command.MergeResolution;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Languages;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Project;
import org.clausewright.model.TextAnchor;
import org.clausewright.model.Translation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.merge.Drafts.GENEVA;
import static org.clausewright.merge.Drafts.OSLO;
import static org.clausewright.merge.Drafts.T0;

/** Two sites' translations are merged as clause text is: by language and clause id, word by word. */
class TranslationMergeTest {
    private final Project base = translated(Drafts.base());

    private static Project translated(Project p) {
        p = p.withInfo(p.info().withLanguages(new Languages("en", List.of("fr"))));
        Clause c1 = p.clause("c-1").orElseThrow();
        return p.withTranslation(Translation.of(c1, "fr", "Titre 1", "Les scientifiques examinent si leurs travaux "
                + "pourraient être détournés pour nuire.", "Working draft 1"));
    }

    private static Project withFrench(Project p, String text) {
        Translation t = p.translations().of("fr", "c-1").orElseThrow();
        return p.withTranslation(t.withText(text).reconciled());
    }

    private MergeOutcome merge(Project ours, Project theirs) {
        return ProjectMerge.merge(base, ours, theirs, GENEVA, OSLO, T0);
    }

    private static String french(Project p) {
        return p.translations().of("fr", "c-1").orElseThrow().text();
    }

    @Test
    void wordsChangedAtEitherSiteInDifferentPlacesAreBothTaken() {
        Project ours = withFrench(base, "Les chercheurs examinent si leurs travaux pourraient être détournés pour nuire.");
        Project theirs = withFrench(base, "Les scientifiques examinent si leurs travaux pourraient être détournés "
                + "pour causer un préjudice.");
        MergeOutcome out = merge(ours, theirs);
        assertThat(french(out.merged())).isEqualTo("Les chercheurs examinent si leurs travaux pourraient être "
                + "détournés pour causer un préjudice.");
        assertThat(out.isClean()).isTrue();
    }

    private static Project commented(Project p, String id, String words) {
        Translation t = p.translations().of("fr", "c-1").orElseThrow();
        int at = t.text().indexOf(words);
        List<AnnotationThread> threads = new java.util.ArrayList<>(t.threads());
        threads.add(AnnotationThread.open(id, TextAnchor.of(t.text(), at, at + words.length()), AnnotationKind.COMMENT,
                "Claire Dubois", T0, "Terme à vérifier"));
        return p.withTranslation(t.withThreads(threads));
    }

    @Test
    void commentsAReviewBroughtIntoTheTranslationAtEachSiteAreBothKeptOnTheirWords() {
        // a review of the French export imported at each site, one of which also corrected the text
        Project ours = withFrench(commented(base, "t-ours", "détournés"),
                "Les chercheurs examinent si leurs travaux pourraient être détournés pour nuire.");
        Project theirs = commented(base, "t-theirs", "nuire");
        Translation merged = merge(ours, theirs).merged().translations().of("fr", "c-1").orElseThrow();
        assertThat(merged.text()).startsWith("Les chercheurs examinent");
        assertThat(merged.threads()).extracting(AnnotationThread::id).containsExactlyInAnyOrder("t-ours", "t-theirs");
        for (AnnotationThread t : merged.threads()) {
            assertThat(t.anchor().matchesAt(merged.text())).as(t.id()).isTrue();
            assertThat(t.detached()).isFalse();
        }
    }

    @Test
    void theSameWordsChangedDifferentlyBecomeABracketOfBothWordingsAttributed() {
        Project ours = withFrench(base, "Les chercheurs examinent si leurs travaux pourraient être détournés pour nuire.");
        Project theirs = withFrench(base, "Les savants examinent si leurs travaux pourraient être détournés pour nuire.");
        Translation merged = merge(ours, theirs).merged().translations().of("fr", "c-1").orElseThrow();
        assertThat(merged.text()).startsWith("Les [chercheurs][savants] examinent");
        assertThat(merged.brackets()).hasSize(1);
        assertThat(merged.brackets().get(0).options()).extracting(o -> o.note())
                .allMatch(n -> n.contains("Amina Diallo") || n.contains("Ingrid Solberg"));
        assertThat(merged.brackets().get(0).options().get(1).proposedBy()).containsExactly("nor");
    }

    @Test
    void aTranslationAddedAtOneSiteArrivesAndOneDeletedUntouchedGoes() {
        Clause c2 = base.clause("c-2").orElseThrow();
        Project theirs = base.withTranslations(base.translations().without("fr", "c-1")
                .with(Translation.of(c2, "fr", "Titre 2", "Les institutions forment.", "")));
        Project merged = merge(base, theirs).merged();
        assertThat(merged.translations().of("fr", "c-2")).isPresent();
        assertThat(merged.translations().of("fr", "c-1")).isEmpty();
        assertThat(merged.info().languages().targets()).containsExactly("fr");
    }

    @Test
    void aHeadingTranslatedDifferentlyAtBothSitesIsListedAndCanBeChosen() {
        Translation t = base.translations().of("fr", "c-1").orElseThrow();
        Project ours = base.withTranslation(t.withHeading("Vigilance"));
        Project theirs = base.withTranslation(t.withHeading("Prudence"));
        MergeOutcome out = merge(ours, theirs);
        assertThat(out.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MergeConflict.Kind.TRANSLATION_HEADING);
            assertThat(c.field()).isEqualTo("fr");
            assertThat(c.clauseId()).isEqualTo("c-1");
        });
        assertThat(out.merged().translations().of("fr", "c-1").orElseThrow().heading()).isEqualTo("Vigilance");
        Project chosen = new MergeResolution(out.conflicts().get(0), MergeConflict.Side.THEIRS,
                new Negotiation.Context(T0, "Amina Diallo", "", "", "")).apply(out.merged());
        assertThat(chosen.translations().of("fr", "c-1").orElseThrow().heading()).isEqualTo("Prudence");
        assertThat(ConflictState.held(chosen, out.conflicts().get(0))).contains(MergeConflict.Side.THEIRS);
    }

    @Test
    void aTargetLanguageAddedAtOneSiteIsKeptWithTheOtherSitesAddition() {
        Project ours = base.withInfo(base.info().withLanguages(base.info().languages().withTarget("ar")));
        Project theirs = base.withInfo(base.info().withLanguages(base.info().languages().withTarget("es")));
        assertThat(merge(ours, theirs).merged().info().languages().targets()).containsExactly("fr", "ar", "es");
    }
}
