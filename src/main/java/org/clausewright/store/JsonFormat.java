package org.clausewright.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one place that decides how project files look on disk: two-space indentation, one array element per
 * line, {@code "key": value}, {@code []} for empty lists, '\n' line ends and a final newline. The same
 * content always gives the same bytes, so versions diff and merge line by line.
 */
public final class JsonFormat {
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonFormat() {
    }

    /** A tree of the file's JSON; syntax errors carry their line and column. */
    public static JsonNode parse(byte[] content) throws IOException {
        return Mapper.INSTANCE.readTree(content);
    }

    /**
     * The file's JSON as the codecs read it, or null when it holds none; syntax errors carry their line and
     * column. Like {@link #parse}, it reads the first value and ignores what follows. Files as the codecs
     * write them are read by {@link PlainJson}; whatever it is unsure of, by Jackson's parser.
     */
    static JsonValue read(byte[] content) throws IOException {
        JsonValue plain = PlainJson.read(content);
        if (plain != PlainJson.UNSURE) {
            return plain;
        }
        try (JsonParser parser = FACTORY.createParser(content)) {
            return JsonValue.read(parser);
        }
    }

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

    /** Made on first use: reading and writing project files need only the streaming parser and generator. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder(FACTORY).build();
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
