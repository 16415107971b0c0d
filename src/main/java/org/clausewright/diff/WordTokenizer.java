package org.clausewright.diff;

import org.clausewright.model.BracketGroup;
import org.clausewright.model.BracketLayout;
import org.clausewright.model.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * The units a comparison shows changing: the pieces of {@link Words#tokens} (words in every script, runs of
 * spaces, each punctuation character on its own so that "[misused]" is three tokens and a settled bracket
 * shows as one removed character, each paragraph break on its own so a diff never fuses the end of one
 * paragraph with the next). The tokens concatenate back to the input exactly.
 */
public final class WordTokenizer {
    private WordTokenizer() {
    }

    public static List<String> tokenize(String text) {
        return Words.tokens(text);
    }

    /** As {@link #tokenize}, with each group of side-by-side bracketed passages one token. */
    public static List<String> tokenizeKeepingBrackets(String text) {
        List<String> tokens = new ArrayList<>();
        int at = 0;
        for (BracketGroup group : BracketLayout.groups(text)) {
            tokens.addAll(tokenize(text.substring(at, group.start())));
            tokens.add(text.substring(group.start(), group.end()));
            at = group.end();
        }
        tokens.addAll(tokenize(text.substring(at)));
        return tokens;
    }

    /** Whether a token counts as a word in the inserted/deleted word counts. */
    public static boolean isWord(String token) {
        return Words.isWord(token);
    }
}
