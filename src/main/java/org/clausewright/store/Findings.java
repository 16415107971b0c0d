package org.clausewright.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Problems found while decoding one file, noted by JSON pointer ("/threads/2/kind") and turned into
 * line and column only when there are any, so a clean file is parsed once.
 */
final class Findings {
    private final String path;
    private final List<Pending> pending = new ArrayList<>();
    /** What is kept without being understood (a newer version's keys and values): reported, never refused. */
    private final List<Pending> kept = new ArrayList<>();

    /**
     * Times already read, by their text, shared by the files of one reading: a project's times repeat (a thread made
     * when its clause's decision was recorded, replies of one meeting), and {@link Instant#parse} was a fifth of
     * reading a project (start-up-work.md, session 30). Null where a file is read on its own.
     */
    private final Map<String, Instant> times;

    Findings(String path) {
        this(path, null);
    }

    Findings(String path, Map<String, Instant> times) {
        this.path = path;
        this.times = times;
    }

    /** The time the text spells, as {@link Instant#parse} reads it (and throws). */
    Instant time(String text) {
        if (times == null) {
            return Instant.parse(text);
        }
        Instant known = times.get(text);
        if (known == null) {
            known = Instant.parse(text);
            times.put(text, known);
        }
        return known;
    }

    String path() {
        return path;
    }

    void add(String pointer, String message) {
        pending.add(new Pending(pointer, message));
    }

    void keep(String pointer, String message) {
        kept.add(new Pending(pointer, message));
    }

    boolean hasKept() {
        return !kept.isEmpty();
    }

    int size() {
        return pending.size();
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** The problems with their places in {@code content}. */
    List<Problem> locate(byte[] content) {
        return locate(pending, content);
    }

    /** The warnings about what was kept, with their places in {@code content}. */
    List<Problem> locateKept(byte[] content) {
        return locate(kept, content);
    }

    private List<Problem> locate(List<Pending> which, byte[] content) {
        List<Problem> result = new ArrayList<>();
        for (Pending p : which) {
            JsonLocation at = find(content, p.pointer());
            result.add(at == null ? Problem.ofFile(path, p.message())
                    : new Problem(path, at.getLineNr(), at.getColumnNr(), p.message()));
        }
        return result;
    }

    /** Where the value at {@code pointer} starts; for a missing key, where its object starts. */
    private static JsonLocation find(byte[] content, String pointer) {
        try (JsonParser parser = JsonFormat.parser(content)) {
            JsonLocation best = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String here = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.FIELD_NAME) {
                    // point at the key rather than its value: that is where a reader looks
                    if (here.equals(pointer)) {
                        return parser.currentTokenLocation();
                    }
                    continue;
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    // the container's own context is one level deeper; its pointer is the parent's
                    here = parser.getParsingContext().getParent() == null ? ""
                            : parser.getParsingContext().getParent().pathAsPointer().toString();
                }
                if (here.equals(pointer)) {
                    return parser.currentTokenLocation();
                }
                if (pointer.startsWith(here + "/") || here.isEmpty()) {
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        best = parser.currentTokenLocation();
                    }
                }
            }
            return best;
        } catch (IOException e) {
            return null;
        }
    }

    private record Pending(String pointer, String message) {
    }
}
