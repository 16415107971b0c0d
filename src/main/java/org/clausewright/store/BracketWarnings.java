package org.clausewright.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.clausewright.model.Brackets;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.UnbalancedBracket;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Square brackets in a clause text that do not pair up, as warnings at the bracket itself
 * ("clauses/x.json:7:12: an opening bracket `[` is never closed"): the draft still opens, records and exports,
 * but the negotiation markup is probably a typing slip. Only clauses with such a bracket are located, by
 * reading their file once more.
 */
public final class BracketWarnings {
    private BracketWarnings() {
    }

    public static List<Problem> of(ProjectFiles files, Project project) throws IOException {
        List<Problem> warnings = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>(project.clauses().values());
        clauses.sort(Comparator.comparing(Clause::id));
        for (Clause clause : clauses) {
            List<UnbalancedBracket> unbalanced = Brackets.in(clause.text()).unbalanced();
            if (unbalanced.isEmpty()) {
                continue;
            }
            String path = ProjectPaths.clause(clause.id());
            Optional<byte[]> content = files.read(path);
            for (UnbalancedBracket bracket : unbalanced) {
                String message = bracket.isOpening() ? "an opening bracket `[` is never closed"
                        : "a closing bracket `]` has no opening `[` before it";
                int[] at = content.isEmpty() ? null : locate(content.get(), clause.text(), bracket.offset());
                warnings.add(at == null ? Problem.ofFile(path, message) : new Problem(path, at[0], at[1], message));
            }
        }
        return warnings;
    }

    /** Line and column (in characters) of the char at {@code offset} of the clause text, or null. */
    static int[] locate(byte[] content, String text, int offset) {
        int paragraph = 0;
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            paragraph++;
            start = i + 1;
        }
        try (JsonParser parser = JsonFormat.parser(content)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && "text".equals(parser.currentName())
                        && parser.getParsingContext().getParent().inRoot()) {
                    token = parser.nextToken();
                    if (token == JsonToken.VALUE_STRING) {
                        // written by hand as one string: its line breaks are escapes inside it
                        return at(content, parser.currentTokenLocation(), offset);
                    }
                    for (int i = 0; token != null && token != JsonToken.END_ARRAY; i++) {
                        token = parser.nextToken();
                        if (token == JsonToken.VALUE_STRING && i == paragraph) {
                            return at(content, parser.currentTokenLocation(), offset - start);
                        }
                    }
                    return null;
                }
            }
        } catch (IOException e) {
            // the file was read a moment ago; if it cannot be parsed now, the warning names the file alone
            return null;
        }
        return null;
    }

    /**
     * Where the {@code index}-th char of the JSON string starting at {@code quote} is: escapes count as the
     * one char they stand for, and a "\r\n" as one (the reader makes it "\n").
     */
    private static int[] at(byte[] content, JsonLocation quote, int index) {
        int pos = (int) quote.getByteOffset();
        if (pos < 0 || pos >= content.length) {
            return null;
        }
        int i = pos + 1;
        for (int decoded = 0; decoded < index && i < content.length && content[i] != '"'; decoded++) {
            if (content[i] == '\\') {
                boolean carriageReturn = content[i + 1] == 'r';
                i += content[i + 1] == 'u' ? 6 : 2;
                if (carriageReturn && i + 1 < content.length && content[i] == '\\' && content[i + 1] == 'n') {
                    i += 2;
                }
            } else {
                int lead = content[i] & 0xFF;
                i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
                if (lead >= 0xF0) {
                    decoded++; // a character beyond U+FFFF is two chars of the text
                }
            }
        }
        int lineStart = pos;
        while (lineStart > 0 && content[lineStart - 1] != '\n') {
            lineStart--;
        }
        int column = 1;
        for (int b = lineStart; b < i; b++) {
            if ((content[b] & 0xC0) != 0x80) {
                column++; // count characters, not the bytes of their UTF-8 form
            }
        }
        return new int[] {quote.getLineNr(), column};
    }
}
