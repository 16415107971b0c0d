package org.clausewright.docx;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Member;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Reply;
import org.clausewright.model.TextAnchor;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a member pastes into any field, the export is a file POI and pandoc read, with the text intact. */
class ExportProperties {

    @Property(tries = 60)
    void anyTextInEveryFieldGivesAFilePoiReadsWithTheTextIntact(@ForAll("drafts") Project project) throws Exception {
        byte[] docx = Fixtures.export(Fixtures.request(project, null, Fixtures.everything()));
        Clause clause = project.clause("c-1").orElseThrow();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = Revisions.paragraphs(doc, true);
            String heading = lines(RunText.visible(clause.heading()).replace('\n', '\u000B'));
            var body = doc.getDocument().getBody().getPList();
            int at = 0;
            while (at < body.size() && body.get(at).getBookmarkStartList().isEmpty()) {
                at++;
            }
            assertThat(paragraphs.get(at)).as("the clause heading").isEqualTo(heading.replace('\u000B', '\n'));
            List<String> expected = List.of(lines(RunText.visible(clause.text())).split("\n", -1));
            assertThat(paragraphs.subList(at + 1, at + 1 + expected.size()))
                    .isEqualTo(expected.stream().map(s -> s.replace('\u000B', '\n')).toList());
            assertThat(doc.getDocComments().getComments()).hasSize(2);
        }
    }

    @Property(tries = 12)
    void anyTextInEveryFieldGivesAFilePandocReads(@ForAll("drafts") Project project) throws Exception {
        Pandoc.require();
        byte[] docx = Fixtures.export(Fixtures.request(project, null, Fixtures.everything()));
        String plain = Pandoc.read(docx, "all", "plain");
        String words = RunText.visible(project.clause("c-1").orElseThrow().text());
        assertThat(squeeze(plain)).contains(squeeze(words));
    }

    /** Line breaks from vertical tabs and form feeds read back as "\n" inside one paragraph, marked here as VT. */
    private static String lines(String text) {
        return text.replace('\u000B', '\u000B').replace('\f', '\u000B');
    }

    private static String squeeze(String s) {
        return s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                        && cp != '\\' && Character.getType(cp) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Provide
    Arbitrary<Project> drafts() {
        Arbitrary<String> text = text();
        return Combinators.combine(text, text, text, text, Combinators.combine(text, text, text).as(Tuple::of))
                .as((title, heading, body, author, rest) -> project(title, heading, body, author,
                        rest.get1(), rest.get2(), rest.get3()));
    }

    private static Project project(String title, String heading, String body, String author, String comment,
                                   String partTitle, String reply) {
        ProjectInfo info = new ProjectInfo("p", title, partTitle, List.of(new Member(author.isEmpty() ? "A" : author,
                comment, "", "")), List.of(), List.of());
        Clause clause = Clause.of("c-1", heading, body);
        int end = Math.min(body.length(), 3);
        AnnotationThread thread = AnnotationThread.open("t-1", TextAnchor.of(body, 0, end), AnnotationKind.COMMENT,
                author, Fixtures.T0, comment).withReply(new Reply("r-1", author, Fixtures.T1, reply));
        Outline outline = new Outline(List.of(new Part("part", partTitle, List.of(new ClauseRef("c-1")))));
        return new Project(info, outline, Map.of("c-1", clause), Map.of("c-1", List.of(thread)));
    }

    /** Text mixing Latin, CJK, Arabic, emoji, combining marks and control characters, \n and \t included. */
    private static Arbitrary<String> text() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(3, Arbitraries.integers().between(0x4E00, 0x9FFF)),
                Tuple.of(3, Arbitraries.integers().between(0x0600, 0x06FF)),
                Tuple.of(2, Arbitraries.integers().between(0x1F300, 0x1F64F)),
                Tuple.of(1, Arbitraries.integers().between(0x0300, 0x036F)),
                Tuple.of(2, Arbitraries.integers().between(0x00, 0x1F)),
                Tuple.of(1, Arbitraries.of(0x7F, 0x85, 0x9F, 0xFFFE, 0xFFFF, 0xD800, 0xDFFF, 0x2028, 0x200F)));
        return codePoint.list().ofMaxSize(40).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }
}
