package org.clausewright.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick reader must read exactly what Jackson reads, or leave the file to Jackson. */
class PlainJsonTest {
    private static final byte[] BYTES = "{}[]\",:\\/-+.0123456789eEtrufalsn \n\r\tbu\u00e9".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void readsEveryFileTheCodecsWriteAsJacksonDoes() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertThat(files).hasSizeGreaterThan(4);
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            JsonValue plain = PlainJson.read(content);
            assertThat(plain).as(file.toString()).isNotSameAs(PlainJson.UNSURE);
            assertThat(same(plain, jackson(content))).as(file.toString()).isTrue();
        }
    }

    @Test
    void randomDocumentsAndTheirBrokenCopiesReadAsJacksonReadsThemOrAreLeftToIt() throws Exception {
        Random random = new Random(20261128L);
        int read = 0;
        for (int n = 0; n < 3_000; n++) {
            byte[] document = JsonFormat.write(g -> write(g, random, 0));
            read += check(document) ? 1 : 0;
            for (int m = 0; m < 5; m++) {
                check(mutated(document, random));
            }
        }
        // the point of it: whole documents as a generator writes them are read without Jackson
        assertThat(read).as("read without Jackson").isEqualTo(3_000);
        for (String odd : List.of("", " ", "12", "12}", "-0", "01", "1.0", "1e2", "[1,]", "{\"a\":1,\"a\":2}", "tru",
                "true}", "nullx", "\"\\u00e9\\uD83D\\uDE00\"", "\"a\\qb\"", "\ufeff{}", "{\"a\" : [ ] }  x",
                "\"\u0001\"", "[1 2]", "123456789", "1234567890", "-", "{\"k\":-}")) {
            check(odd.getBytes(StandardCharsets.UTF_8));
        }
        check(new byte[] {'"', (byte) 0xC3, '"'});
        check(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'});
        check(new byte[] {'{', 0, '}'});
    }

    /** Whether the quick reader read it; when it did, Jackson must have read the same. */
    private static boolean check(byte[] content) {
        JsonValue plain = PlainJson.read(content);
        if (plain == PlainJson.UNSURE) {
            return false;
        }
        JsonValue expected;
        try {
            expected = jackson(content);
        } catch (IOException e) {
            throw new AssertionError("read what Jackson refuses (" + e.getMessage() + "): "
                    + new String(content, StandardCharsets.UTF_8));
        }
        assertThat(same(plain, expected)).as(new String(content, StandardCharsets.UTF_8)).isTrue();
        return true;
    }

    private static JsonValue jackson(byte[] content) throws IOException {
        try (JsonParser parser = JsonFormat.parser(content)) {
            return JsonValue.read(parser);
        }
    }

    private static boolean same(JsonValue a, JsonValue b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof JsonValue.Obj x && b instanceof JsonValue.Obj y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!x.key(i).equals(y.key(i)) || !same(x.value(i), y.value(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof JsonValue.Arr x && b instanceof JsonValue.Arr y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!same(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof JsonValue.Num x && b instanceof JsonValue.Num y) {
            return x.number().getClass() == y.number().getClass() && x.number().equals(y.number());
        }
        return a.equals(b);
    }

    private static void write(JsonGenerator g, Random random, int depth) throws IOException {
        int kind = depth > 3 ? 2 + random.nextInt(4) : random.nextInt(6);
        switch (kind) {
            case 0 -> {
                g.writeStartObject();
                List<String> keys = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    // keys are the codecs' own names: no characters beyond U+FFFF, which would be escaped in pairs
                    String key = text(random, 8).replace("😀", "");
                    if (!keys.contains(key)) {
                        keys.add(key);
                        g.writeFieldName(key);
                        write(g, random, depth + 1);
                    }
                }
                g.writeEndObject();
            }
            case 1 -> {
                g.writeStartArray();
                for (int i = random.nextInt(5); i > 0; i--) {
                    write(g, random, depth + 1);
                }
                g.writeEndArray();
            }
            case 2, 3 -> g.writeString(text(random, 30));
            case 4 -> g.writeNumber(random.nextInt(3) == 0 ? random.nextInt() / 1000 : random.nextInt(1000));
            default -> {
                switch (random.nextInt(3)) {
                    case 0 -> g.writeBoolean(true);
                    case 1 -> g.writeBoolean(false);
                    default -> g.writeNull();
                }
            }
        }
    }

    private static String text(Random random, int max) {
        String alphabet = "abc xyz-ÉéüßΩж中文\"\\/\n\t\u0001\u007f\u2028😀";
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(max); i > 0; i--) {
            s.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(
                    alphabet.codePointCount(0, alphabet.length())))));
        }
        return s.toString();
    }

    private static byte[] mutated(byte[] document, Random random) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : document) {
            bytes.add(b);
        }
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(bytes.size() + 1);
            byte b = random.nextInt(20) == 0 ? (byte) random.nextInt(256) : BYTES[random.nextInt(BYTES.length)];
            switch (random.nextInt(4)) {
                case 0 -> bytes.add(at, b);
                case 1 -> {
                    if (at < bytes.size()) {
                        bytes.remove(at);
                    }
                }
                case 2 -> {
                    if (at < bytes.size()) {
                        bytes.set(at, b);
                    }
                }
                default -> {
                    while (bytes.size() > at) {
                        bytes.remove(bytes.size() - 1);
                    }
                }
            }
        }
        byte[] result = new byte[bytes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = bytes.get(i);
        }
        return result;
    }
}
