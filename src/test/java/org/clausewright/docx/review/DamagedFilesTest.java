package org.clausewright.docx.review;

import org.clausewright.model.Project;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged and hostile files, each refused for its real reason — which part, where, the parser's own words —
 * and with what to do; or, when nothing is wrong but the file is unusual (long or repetitive text, deep
 * nesting, many fields), imported. Never "a zip bomb" for text that merely compresses well.
 */
class DamagedFilesTest {
    private static final String MAIN = "word/document.xml";
    private static Project sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        sample = ProjectReader.read(new ProjectFolder(Path.of("resources/sample/v4"))).orThrow();
    }

    private static UnaryOperator<byte[]> text(UnaryOperator<String> change) {
        return bytes -> change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static Arguments refused(String name, String part, UnaryOperator<byte[]> change, String... expected) {
        return Arguments.of(name, part, change, expected);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refused("truncated-xml", MAIN, b -> java.util.Arrays.copyOf(b, b.length / 2),
                        "truncated-xml.docx is damaged: its part word/document.xml is not well-formed XML at line 2,"
                                + " column ", "; ask the reviewer to save it again from Word"),
                refused("unclosed", MAIN, text(x -> x.replaceFirst("</w:p>", "")),
                        "unclosed.docx is damaged: its part word/document.xml is not well-formed XML at line 2,"
                                + " column ", "must be terminated by the matching end-tag"),
                refused("nul", MAIN, text(x -> x.replaceFirst("<w:t>", "<w:t>\u0000")),
                        "nul.docx is damaged: its part word/document.xml is not well-formed XML at line 2",
                        "invalid XML character (Unicode: 0x0)"),
                refused("bad-comments", "word/comments.xml", text(x -> x.replace("</w:comment>", "</w:coment>")),
                        "bad-comments.docx is damaged: its part word/comments.xml is not well-formed XML at line 2,",
                        "must be terminated by the matching end-tag \"</w:comment>\""),
                refused("bad-package-rels", "_rels/.rels", text(x -> x.replace("<Relationship ", "<Relationship <")),
                        "bad-package-rels.docx is damaged: its part _rels/.rels is not well-formed XML at line ",
                        "ask the reviewer to save it again from Word"),
                refused("no-main-rel", "_rels/.rels", text(x -> x.replace("officeDocument\"", "unknown\"")
                                .replace("relationships/officeDocument", "relationships/other")),
                        "no-main-rel.docx is not a Word document: its part _rels/.rels names no main document"),
                refused("bad-document-rels", "word/_rels/document.xml.rels", text(x -> x.substring(0, x.length() - 20)),
                        "bad-document-rels.docx is damaged: its part word/_rels/document.xml.rels is not well-formed XML",
                        "XML document structures must start and end within the same entity"),
                refused("bad-content-types", "[Content_Types].xml", text(x -> x.replace("<Override", "<<Override")),
                        "bad-content-types.docx is damaged: its part [Content_Types].xml is not well-formed XML at line"),
                refused("not-utf8", "word/comments.xml", b -> {
                            byte[] c = b.clone();
                            c[new String(b, StandardCharsets.ISO_8859_1).indexOf("Please")] = (byte) 0x9D;
                            return c;
                        }, "not-utf8.docx is damaged: its part word/comments.xml is not well-formed XML at line 2,",
                        "it holds bytes that are not UTF-8 text; ask the reviewer to save it again from Word"),
                refused("doctype", MAIN, b -> BadFiles.DOCTYPE_DOCUMENT.getBytes(StandardCharsets.UTF_8),
                        "doctype.docx was refused: it contains a DOCTYPE declaration"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aDamagedFileIsRefusedForItsRealReason(String name, String part, UnaryOperator<byte[]> change,
                                               String[] expected) throws Exception {
        Path file = BadFiles.write(dir, name + ".docx", BadFiles.replacing(part, change));
        String message = refusal(file);
        assertThat(message).startsWith(expected[0]).contains(expected).doesNotContain("\n", "ParseError",
                "Exception", "zip bomb", "[M");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusualButSound")
    void anUnusualButSoundFileImports(String name, UnaryOperator<byte[]> change) throws Exception {
        Path file = BadFiles.write(dir, name + ".docx", BadFiles.replacing(MAIN, change));
        ReviewPlan plan = ReviewImporter.plan(ReviewReader.read(file), sample, null);
        assertThat(plan.comments()).isPositive();
    }

    static Stream<Arguments> unusualButSound() {
        return Stream.of(
                // a megabyte of one repeated word compresses a thousandfold: POI's ratio test called it a zip bomb
                Arguments.of("repetitive-paragraph", text(x -> x.replaceFirst("</w:body>",
                        "<w:p><w:r><w:t>" + "again ".repeat(150_000) + "</w:t></w:r></w:p></w:body>"))),
                Arguments.of("deep-nesting", text(x -> x.replaceFirst("</w:body>", "<w:p>"
                        + "<w:smartTag w:element=\"x\">".repeat(20_000) + "<w:r><w:t>deep</w:t></w:r>"
                        + "</w:smartTag>".repeat(20_000) + "</w:p></w:body>"))),
                Arguments.of("many-fields", text(x -> x.replaceFirst("</w:body>", "<w:p>"
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
                                .repeat(50_000) + "</w:p></w:body>"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeFiles")
    void aBadArchiveIsRefusedSayingWhatToDo(String name, String expected) throws Exception {
        Path file = switch (name) {
            case "bomb" -> BadFiles.zipBomb(dir);
            case "truncated" -> BadFiles.truncated(dir);
            default -> throw new IllegalArgumentException(name);
        };
        assertThat(refusal(file)).contains(expected).doesNotContain("\n");
    }

    static Stream<Arguments> wholeFiles() {
        return Stream.of(
                Arguments.of("bomb", "bomb.docx was refused: its part word/document.xml expands to more than 100 MB,"
                        + " far beyond any real review (a zip bomb, or a damaged file)"),
                Arguments.of("truncated", "truncated.docx is damaged or incomplete: the zip archive a .docx is"
                        + " cannot be read ("));
    }

    private static String refusal(Path file) {
        try {
            ReviewImporter.plan(ReviewReader.read(file), sample, null);
        } catch (ReviewFileException e) {
            return e.getMessage();
        }
        throw new AssertionError(file.getFileName() + " was not refused");
    }
}
