package org.clausewright.ui;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** English, French and Simplified Chinese carry the same keys, and the chosen language wins over the system's. */
class MessagesTest {
    private static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/clausewright/ui/messages" + suffix
                + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theFrenchBracketCountAgreesWithItsNumber() {
        Messages fr = new Messages(java.util.Locale.FRENCH);
        org.assertj.core.api.Assertions.assertThat(fr.format("brackets.title", 1L)).isEqualTo("Crochets : 1 ouvert");
        org.assertj.core.api.Assertions.assertThat(fr.format("brackets.title", 2L)).isEqualTo("Crochets : 2 ouverts");
    }

    @Test
    void compareCountsAgreeWithTheirNumbers() {
        // French agrees 0 and 1 with the singular; "1 ajoutées", "1 détails modifiés", "1 details changed" read wrong
        org.assertj.core.api.Assertions.assertThat(new Messages(java.util.Locale.FRENCH)
                .format("compare.summary", 1, 0, 2, 0, 1, 1, 0)).isEqualTo("1 ajoutée · 0 supprimée · 2 déplacées"
                + " · 0 renumérotée · 1 reformulée · 1 aux détails modifiés · aucune clause de bibliothèque modifiée");
        org.assertj.core.api.Assertions.assertThat(new Messages(java.util.Locale.ENGLISH)
                .format("compare.summary", 1, 0, 2, 0, 1, 1, 0)).isEqualTo("1 added · 0 removed · 2 moved"
                + " · 0 renumbered · 1 reworded · 1 with details changed · no library clause changed");
    }

    @Test
    void everyLanguageHasEveryKey() throws Exception {
        Properties en = bundle("");
        assertThat(bundle("_fr").keySet()).isEqualTo(en.keySet());
        assertThat(bundle("_zh_CN").keySet()).isEqualTo(en.keySet());
    }

    @Test
    void undoNamesAreTranslated() {
        assertThat(new Messages(Locale.FRENCH).format("menu.undoNamed", new Messages(Locale.FRENCH)
                .get("command.moveClause"))).isEqualTo("Annuler : Déplacement d’une clause");
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.format("menu.undoNamed", zh.get("command.moveClause"))).isEqualTo("撤销移动条款");
    }

    @Test
    void englishIsEnglishOnAnySystem() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(new Messages(Languages.locale("en")).get("menu.undo")).isEqualTo("Undo");
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void everyCommandAndKindHasAName() throws Exception {
        Properties en = bundle("");
        for (var kind : org.clausewright.model.AnnotationKind.values()) {
            assertThat(en).containsKey("command.addThread." + kind.key()).containsKey("review.kind." + kind.key());
        }
        for (var status : org.clausewright.model.ClauseStatus.values()) {
            assertThat(en).containsKey("status." + status.key());
        }
    }
}
