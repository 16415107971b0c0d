package org.clausewright.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.clausewright.model.TextLimits;

import java.util.Locale;

/** Turns Jackson's parse errors into one short sentence a person can act on. */
final class SyntaxProblems {
    private SyntaxProblems() {
    }

    /** The error {@code e} met by {@code parser}, placed where the parser says, else where it stopped. */
    static UnreadableJson unreadable(JsonProcessingException e, JsonParser parser) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            // a limit (a string too long) is reported without a place: the token being read is the place
            at = parser.currentTokenLocation();
        }
        return new UnreadableJson(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), describe(e));
    }

    private static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "unreadable JSON" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException && original.startsWith("String value length")) {
            return "a text here is longer than Clausewright reads (more than "
                    + String.format(Locale.ROOT, "%,d", JsonFormat.MAX_STRING_CHARS) + " characters; a field holds at most "
                    + String.format(Locale.ROOT, "%,d", TextLimits.MAX_TEXT_CHARS) + "): shorten it, or restore the file "
                    + "from a version";
        }
        if (original.contains("end-of-input")) {
            return "the file ends in the middle of its JSON (it may have been cut short): restore it from "
                    + "a version or fix it by hand";
        }
        if (original.startsWith("Duplicate field")) {
            return "a key appears twice: " + firstLine(original);
        }
        return "not valid JSON: " + firstLine(original);
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        int marker = line.indexOf(" (start marker");
        return marker < 0 ? line : line.substring(0, marker);
    }
}
