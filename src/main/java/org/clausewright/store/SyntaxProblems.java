package org.clausewright.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;

/** Turns Jackson's parse errors into one short sentence a person can act on. */
final class SyntaxProblems {
    private SyntaxProblems() {
    }

    static Problem of(String path, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String original = e.getOriginalMessage() == null ? "unreadable JSON" : e.getOriginalMessage();
        String message;
        if (original.contains("end-of-input")) {
            message = "the file ends in the middle of its JSON (it may have been cut short): restore it from "
                    + "a version or fix it by hand";
        } else if (original.startsWith("Duplicate field")) {
            message = "a key appears twice: " + firstLine(original);
        } else {
            message = "not valid JSON: " + firstLine(original);
        }
        if (at == null || at.getLineNr() < 1 || e instanceof StreamReadException == false) {
            return Problem.ofFile(path, message);
        }
        return new Problem(path, at.getLineNr(), at.getColumnNr(), message);
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        int marker = line.indexOf(" (start marker");
        return marker < 0 ? line : line.substring(0, marker);
    }
}
