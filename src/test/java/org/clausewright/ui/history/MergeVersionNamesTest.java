package org.clausewright.ui.history;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausewright.history.MergeReason;
import org.clausewright.history.Version;
import org.clausewright.ui.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A sync's merge in the History reads in the member's language; merges recorded before keep what they recorded. */
class MergeVersionNamesTest {
    private static final String LABEL = "Sync with origin: 2 clauses from Ingrid Solberg and Li Wei, 1 option to decide,"
            + " 3 conflicts to choose, 1 deleted clause kept";
    private static final String MESSAGE = "clause animal-welfare: bracket b-1 with the options “fewest” / “lowest”";

    private static Version merge(Optional<MergeReason> reason) {
        return new Version("a".repeat(40), LABEL, MESSAGE, "Chair", Instant.parse("2026-11-30T10:00:00Z"), false,
                List.of(), List.of("b".repeat(40), "c".repeat(40)), Optional.empty(), reason);
    }

    private static final MergeReason SYNC = new MergeReason(MergeReason.SYNC, "origin", 2,
            List.of("Ingrid Solberg", "Li Wei"), 3, List.of("animal-welfare"), List.of("c-7"));

    private static String name(String id) {
        return id.equals("animal-welfare") ? "Animal welfare" : "Clause " + id;
    }

    @Test
    void aSyncsMergeIsNamedAndDescribedInEachMembersLanguage() {
        Version version = merge(Optional.of(SYNC));
        assertThat(VersionNames.shown(new Messages(Locale.ENGLISH), version, MergeVersionNamesTest::name))
                .isEqualTo("Sync with origin: 2 clauses from Ingrid Solberg and Li Wei, 1 bracket to decide,"
                        + " 3 conflicts to choose, 1 deleted clause kept");
        assertThat(VersionNames.shown(new Messages(Locale.FRENCH), version, MergeVersionNamesTest::name))
                .isEqualTo("Synchronisation avec origin : 2 clauses de Ingrid Solberg et Li Wei, 1 crochet à trancher,"
                        + " 3 conflits à choisir, 1 clause supprimée conservée");
        assertThat(VersionNames.shown(new Messages(Locale.forLanguageTag("es")), version, MergeVersionNamesTest::name))
                .isEqualTo("Sincronización con origin: 2 cláusulas de Ingrid Solberg y Li Wei, 1 corchete por decidir,"
                        + " 3 conflictos por resolver, 1 cláusula suprimida conservada");
        assertThat(VersionNames.shown(new Messages(Locale.forLanguageTag("ru")), version, MergeVersionNamesTest::name))
                .startsWith("Синхронизация с origin: 2 положения от Ingrid Solberg и Li Wei, 1 скобка для решения,"
                        + " 3 конфликта для выбора");
        assertThat(VersionNames.shown(new Messages(Locale.forLanguageTag("zh-CN")), version,
                MergeVersionNamesTest::name)).startsWith("与 origin 同步：来自 Ingrid Solberg和Li Wei 的 2 条条款，");
        assertThat(VersionNames.shown(new Messages(Locale.forLanguageTag("ar")), version, MergeVersionNamesTest::name))
                .startsWith("المزامنة مع origin: بندان من").contains("تعارضات").doesNotContain("Sync");
        // the English lines of the message give way to the same said per clause, by the clause's heading now
        assertThat(VersionNames.saysItAll(version)).isTrue();
        assertThat(VersionNames.mergeLines(new Messages(Locale.FRENCH), version, MergeVersionNamesTest::name))
                .containsExactly("Animal welfare : un crochet avec les mots des deux sites, à trancher dans le panneau"
                        + " Crochets", "Clause c-7 : supprimée sur un site et modifiée sur l’autre — conservée, avec"
                        + " un fil qui le signale");
    }

    @Test
    void aMergeRecordedBeforeOrOfAKindNotKnownShowsWhatItRecorded() {
        for (Optional<MergeReason> reason : List.of(Optional.<MergeReason>empty(), Optional.of(new MergeReason(
                "rebase-of-the-future", "origin", 2, List.of("Li Wei"), 0, List.of(), List.of())))) {
            Version version = merge(reason);
            assertThat(VersionNames.shown(new Messages(Locale.FRENCH), version, MergeVersionNamesTest::name))
                    .isEqualTo(LABEL);
            assertThat(VersionNames.saysItAll(version)).isFalse();
            assertThat(VersionNames.mergeLines(new Messages(Locale.FRENCH), version, MergeVersionNamesTest::name))
                    .isEmpty();
        }
    }
}
