package org.clausewright.docx;

import org.clausewright.model.MessageText;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** The document's texts read the same whether a pattern's words are placed here or formatted by ICU. */
class MessagesTest {
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.FRENCH, new Locale("es"), new Locale("ru"),
            new Locale("ar"), Locale.SIMPLIFIED_CHINESE};
    private static final String[] WORDS = {"NOR, BRA", "\u201cshall\u201d & <w:t>", "", "\u0627\u0644\u0645\u062f\u0648\u0646\u0629",
            "{0} 'quoted' #", "\u7b2c\u4e00\u6761"};

    @Test
    void everyTextOfEveryLanguageReadsAsIcuWritesIt() {
        int placed = 0;
        for (Locale language : LANGUAGES) {
            Messages messages = new Messages(language);
            ResourceBundle bundle = ResourceBundle.getBundle("org.clausewright.docx.messages", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : Collections.list(bundle.getKeys())) {
                String pattern = bundle.getString(key);
                Messages.Placing placing = Messages.placing(pattern);
                for (int count = 1; count <= 4; count++) {
                    Object[] args = new Object[count];
                    for (int i = 0; i < count; i++) {
                        args[i] = WORDS[(i + key.length()) % WORDS.length];
                    }
                    if (placing.fields() <= count) {
                        placed++;
                    }
                    assertThat(messages.get(key, args)).as("%s in %s with %d words", key, language, count)
                            .isEqualTo(MessageText.format(pattern, messages.locale(), args));
                }
            }
        }
        // the footnotes' and the compilation's patterns are placed here, not formatted by ICU
        assertThat(Messages.placing(new Messages(Locale.ENGLISH).pattern("bracket.option")).fields()).isEqualTo(3);
        assertThat(placed).isGreaterThan(100);
    }

    @Test
    void patternsWithQuotesKindsOrBracesAreLeftToIcu() {
        for (String pattern : new String[]{"it''s {0}", "'{0}'", "{0, number}", "{0, plural, one {# a} other {# b}}",
                "{ 0 }", "{}", "a } b", "{x}"}) {
            assertThat(Messages.placing(pattern).pieces()).as(pattern).isEmpty();
        }
        assertThat(Messages.placing("Option {0} ({1}): {2}.").pieces())
                .containsExactly("Option ", 0, " (", 1, "): ", 2, ".");
        // a number is ICU's to write, in the language's digits
        Messages arabic = new Messages(new Locale("ar"));
        assertThat(arabic.get("bracket.option", 1, "x", "y"))
                .isEqualTo(MessageText.format(arabic.pattern("bracket.option"), arabic.locale(), 1, "x", "y"));
    }
}
