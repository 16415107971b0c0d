package org.clausewright.ui.editor;

import org.clausewright.model.Brackets;
import org.clausewright.ui.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** An unbalanced bracket is named by the few words next to it, in spaced and unspaced scripts alike. */
class BracketWarningTest {
    private static String warning(String text, Locale locale) {
        return BracketWarning.of(text, Brackets.in(text), new Messages(locale));
    }

    @Test
    void anUnclosedBracketInEnglishIsNamedByTheThreeWordsAfterIt() {
        assertThat(warning("Scientists [shall report concerns promptly.", Locale.ENGLISH))
                .isEqualTo("Unbalanced brackets, marked in red: The “[” before “shall report concerns” is never closed.");
    }

    @Test
    void anUnclosedBracketInChineseIsNamedByTheThreeWordsAfterItNotTheRestOfTheLine() {
        assertThat(warning("科学家[应当及时向主管机构报告。", Locale.ENGLISH))
                .isEqualTo("Unbalanced brackets, marked in red: The “[” before “应当及时向” is never closed.");
    }

    @Test
    void aStrayClosingBracketInChineseIsNamedByTheWordsBeforeIt() {
        assertThat(warning("科学家应当及时向主管机构]报告。", Locale.ENGLISH))
                .isEqualTo("Unbalanced brackets, marked in red: The “]” after “向主管机构” closes no “[”.");
    }
}
