package org.clausewright.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.clausewright.model.Extras;
import org.clausewright.model.TextLimits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one place that decides how project files look on disk and how they are read. Written: two-space
 * indentation, one array element per line, {@code "key": value}, {@code []} for empty lists, '\n' line ends
 * and a final newline; the same content always gives the same bytes, so versions diff and merge line by
 * line. Read: by Jackson's tree model through one configured mapper, which refuses a key given twice.
 */
public final class JsonFormat {
    public static final int SCHEMA_VERSION = 2;

    /**
     * The longest string the reader takes, in chars as decoded (which is what Jackson counts, escapes and
     * all). Every text the writer writes is within {@link TextLimits#MAX_TEXT_CHARS} ({@link TextLimitCheck}),
     * so whatever Clausewright wrote reads back; eight times that is headroom for a file edited by hand or by
     * another program, whose longer texts are then reported as too long rather than as unreadable JSON, and it
     * still keeps one hostile string from filling the heap.
     */
    static final int MAX_STRING_CHARS = 8 * TextLimits.MAX_TEXT_CHARS;

    /*
     * Jackson's UTF-8 generator writes a character outside the BMP (an emoji, CJK Extension B) as two escaped
     * surrogates (backslash-u D83D, backslash-u DE42 for U+1F642) unless told to combine them (jackson-core #223;
     * the feature exists since 2.18, off by default): a file another program wrote in plain UTF-8 would then change
     * on every save, though nobody touched that line.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
            .build();

    /** The one reader of project files: its tree is what every codec decodes. */
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();

    /*
     * The tree refuses a key given twice as it puts each key in its object, which costs nothing, where the parser's
     * detection keeps a set of names per object: a negotiated draft has tens of thousands of small objects (an option
     * each), and that set was a twentieth of reading it. A file the quick reader refuses, for any reason, is read
     * again by the strict one, so that every refusal says what, and where, exactly as before.
     */
    private static final JsonFactory QUICK_FACTORY = FACTORY.rebuild()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper QUICK_MAPPER = JsonMapper.builder(QUICK_FACTORY)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private JsonFormat() {
    }

    /**
     * The file's JSON as a tree, or null when it holds none (an empty file). Anything after the first value
     * but white space is refused: a second object is what a botched merge leaves, and reading only the
     * first would drop the rest without a word.
     *
     * @throws UnreadableJson with the line, column and a plain sentence, when the file is not one JSON value
     */
    public static JsonNode read(byte[] content) throws UnreadableJson {
        try (JsonParser parser = QUICK_FACTORY.createParser(content)) {
            if (parser.nextToken() == null) {
                return null;
            }
            JsonNode root = QUICK_MAPPER.readTree(parser);
            if (parser.nextToken() == null) {
                return root;
            }
        } catch (IOException e) {
            // refused: the strict reader says why and where
        }
        return readStrictly(content);
    }

    private static JsonNode readStrictly(byte[] content) throws UnreadableJson {
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonNode root;
            try {
                if (parser.nextToken() == null) {
                    return null;
                }
                root = MAPPER.readTree(parser);
            } catch (JsonProcessingException e) {
                throw SyntaxProblems.unreadable(e, parser);
            }
            requireNothingAfter(root, parser);
            return root;
        } catch (UnreadableJson e) {
            throw e;
        } catch (IOException e) {
            // bytes held in memory fail only as a parse error, handled above
            throw new UncheckedIOException(e);
        }
    }

    private static void requireNothingAfter(JsonNode root, JsonParser parser) throws UnreadableJson {
        JsonLocation extra;
        try {
            extra = parser.nextToken() == null ? null : parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            // what follows is not JSON at all (a stray "}", a conflict marker): still content after the value
            extra = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (extra != null) {
            String what = root.isObject() ? "object" : "value";
            throw new UnreadableJson(extra.getLineNr(), extra.getColumnNr(), "there is more after the end of the "
                    + "JSON " + what + " — perhaps a merge left a second copy; keep one " + what);
        }
    }

    /** A value as compact JSON text, to be kept in the model (which knows no JSON library) and written back. */
    static String text(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // a tree just read from a file always serializes
            throw new UncheckedIOException(e);
        }
    }

    /** Writes JSON text kept by {@link #text} as a value, laid out like everything else in the file. */
    static void writeKept(JsonGenerator g, String json) throws IOException {
        MAPPER.writeTree(g, MAPPER.readTree(json));
    }

    /** Writes the unknown keys kept from a file, after the object's own keys, as they were read. */
    static void writeExtras(JsonGenerator g, Extras extras) throws IOException {
        for (Map.Entry<String, String> e : extras.keys().entrySet()) {
            g.writeFieldName(e.getKey());
            writeKept(g, e.getValue());
        }
    }

    /** A known key whose value is {@code known}, unless the file had a value this version does not know. */
    static void writeValue(JsonGenerator g, Extras extras, String key, String known) throws IOException {
        String kept = extras.value(key);
        if (kept == null) {
            g.writeStringField(key, known);
        } else {
            g.writeFieldName(key);
            writeKept(g, kept);
        }
    }

    /** A streaming parser set up as the reader's, for finding where a value is in a file. */
    static JsonParser parser(byte[] content) throws IOException {
        return FACTORY.createParser(content);
    }

    /** Runs {@code body} against a generator set up in the project style and returns the bytes. */
    public static byte[] write(GeneratorBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new ProjectPrettyPrinter());
            body.write(g);
            g.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("could not format JSON in memory", e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    public interface GeneratorBody {
        void write(JsonGenerator g) throws IOException;
    }

    /** Like Jackson's default, but '\n' everywhere, no space before ':' and no space inside empty lists. */
    private static final class ProjectPrettyPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        ProjectPrettyPrinter() {
            super(DefaultPrettyPrinter.DEFAULT_SEPARATORS
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues == 0) {
                _nesting--;
                g.writeRaw(']');
            } else {
                super.writeEndArray(g, nrOfValues);
            }
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            if (nrOfEntries == 0) {
                _nesting--;
                g.writeRaw('}');
            } else {
                super.writeEndObject(g, nrOfEntries);
            }
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new ProjectPrettyPrinter();
        }
    }
}
