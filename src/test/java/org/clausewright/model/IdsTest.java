package org.clausewright.model;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** New ids: readable where the heading is in Latin letters, unique across sites without asking each other. */
class IdsTest {
    @Test
    void aLatinHeadingGivesAReadableSlugAndARandomSuffix() {
        String id = Ids.unique("c-", "Dual-use awareness", Set.of());
        assertThat(id).matches("c-dual-use-awareness-[0-9a-z]{10}");
        assertThat(Ids.unique("c-", "Sécurité biologique", Set.of())).startsWith("c-securite-biologique-");
    }

    @Test
    void aLongHeadingIsCutSoThatTheIdKeepsItsRandomPartAndStaysValid() {
        String id = Ids.unique("c-", "Responsibilities of institutions towards their research staff", Set.of());
        assertThat(id).hasSizeLessThanOrEqualTo(Ids.MAX_LENGTH).startsWith("c-responsibilities-o")
                .matches("c-[a-z0-9-]+-[0-9a-z]{10}").doesNotContain("--");
        assertThat(Ids.isValid(id)).isTrue();
    }

    @Test
    void headingsInArabicRussianAndChineseNeverGiveTheSameIdTwiceNorANumberedItem() {
        Set<String> ids = new HashSet<>();
        for (String heading : new String[] {"الامتثال للقوانين الوطنية", "Соблюдение национального законодательства",
                "遵守国家法律法规", "Защита тех, кто сообщает"}) {
            for (int i = 0; i < 500; i++) {
                String id = Ids.unique("c-", heading, Set.of());
                assertThat(id).as(heading).matches("c-[0-9a-z]{10}").doesNotContain("item");
                assertThat(ids.add(id)).as(id).isTrue();
            }
        }
    }

    @Test
    void aHeadingWithoutLatinLettersGivesThePrefixAndRandomCharacters() {
        for (String heading : new String[] {"两用研究意识", "الوعي بالاستخدام المزدوج", "", "  ", null}) {
            String id = Ids.unique("c-", heading, Set.of());
            assertThat(id).as(heading).matches("c-[0-9a-z]{10}");
        }
        assertThat(Ids.unique("", "ألف", Set.of())).matches("[0-9a-z]{10}");
    }

    @Test
    void manyIdsFromOneHeadingNeverRepeatAndAreAllValid() {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < 20_000; k++) {
            String id = Ids.unique("c-", "新条款", Set.of());
            assertThat(Ids.isValid(id)).isTrue();
            assertThat(seen.add(id)).as(id).isTrue();
        }
    }

    @Test
    void anIdTakenAtThisSiteIsNotDrawnAgain() {
        Set<String> taken = new HashSet<>();
        for (int k = 0; k < 1000; k++) {
            assertThat(taken.add(Ids.unique("p-", "New part", taken))).isTrue();
        }
    }

    @Test
    void aDerivedIdFollowsFromItsBasisAlone() {
        assertThat(Ids.derived("b-", "c1\u0000shall")).isEqualTo(Ids.derived("b-", "c1\u0000shall"))
                .isNotEqualTo(Ids.derived("b-", "c1\u0000should")).matches("b-[0-9a-z]{10}");
    }

    @Test
    void aDelegationsCodeStaysTheSameWhereverItIsTyped() {
        assertThat(Ids.fromText("", "NOR", Set.of())).isEqualTo("nor");
        assertThat(Ids.fromText("", "NOR", Set.of("nor"))).isEqualTo("nor-2");
    }
}
