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
