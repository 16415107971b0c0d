package org.clausewright.docx.review;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.docx.review.ReviewDocx.del;
import static org.clausewright.docx.review.ReviewDocx.from;
import static org.clausewright.docx.review.ReviewDocx.ins;
import static org.clausewright.docx.review.ReviewDocx.to;

/**
 * Comments and tracked changes in Chinese and Arabic clause text land on the words they were made on, read from
 * .docx files written as Word writes them: Chinese puts no spaces between words, and Arabic punctuation
 * (the Arabic comma "،") sits against the word before it.
 */
class ReviewInOtherScriptsTest {
    private static final String RISK = "科学家应当在研究开始前评估其可预见的风险和益处。\n研究方向改变时，应当重新评估。";
    private static final String REPORT = "科学家如有合理理由认为研究成果可能被滥用于敌对目的，应当及时向主管机构报告。";
    private static final String LAW = "ينبغي للعلماء أن يعرفوا القوانين واللوائح الوطنية والتوجيهات الدولية ذات الصلة، "
            + "وأن يمتثلوا لها.\nحيثما كان القانون صامتاً أو غير واضح، ينبغي للعلماء أن يلتمسوا المشورة من مؤسستهم.";
    private static final String SAFETY = "ينبغي للعلماء أن يعملوا في إطار نظام لإدارة السلامة البيولوجية والأمن البيولوجي "
            + "يتناسب مع الخطر المقدَّر لعملهم.";
    private static final Project CODE = Reviews.project(
            "risk", "风险评估", RISK,
            "report", "报告义务", REPORT,
            "law", "الامتثال للقوانين واللوائح الوطنية", LAW,
            "safety", "إدارة السلامة البيولوجية", SAFETY);

    @TempDir
    Path dir;

    private ReviewPlan imported(ReviewDocx review) throws Exception {
        ReviewDocument doc = ReviewReader.read(review.write(dir.resolve("review.docx")));
        return ReviewImporter.plan(doc, CODE, null);
    }

    private static List<AnnotationThread> added(ReviewPlan plan, String clauseId) {
        return plan.clauses().stream().filter(c -> c.clauseId().equals(clauseId)).findFirst()
                .map(ClauseReview::added).orElse(List.of());
    }

    private static String text(String clauseId) {
        return CODE.clause(clauseId).orElseThrow().text();
    }

    @Test
    void aChineseWordReplacedIsASuggestionOnThatWord() throws Exception {
        ReviewPlan plan = imported(new ReviewDocx()
                .paragraph("risk", "风险评估")
                .paragraph("risk", "科学家应当在研究开始前", del("评估"), ins("审查"), "其可预见的风险和益处。")
                .paragraph("risk", "研究方向改变时，应当重新评估。"));
        AnnotationThread t = added(plan, "risk").get(0);
        assertThat(t.kind()).isEqualTo(AnnotationKind.SUGGESTION);
        assertThat(t.anchor().quote()).isEqualTo("评估");
        assertThat(t.anchor().start()).isEqualTo(text("risk").indexOf("评估"));
        assertThat(t.replacement()).isEqualTo("审查");
    }

    @Test
    void wordsInsertedInChineseAreAnchoredOnTheWordBeforeThemNotTheSentence() throws Exception {
        ReviewPlan plan = imported(new ReviewDocx()
                .paragraph("risk", "风险评估")
                .paragraph("risk", "科学家应当在研究开始前评估其可预见的风险和益处。")
                .paragraph("risk", "研究方向改变时，应当", ins("及时"), "重新评估。"));
        AnnotationThread t = added(plan, "risk").get(0);
        assertThat(t.anchor().quote()).isEqualTo("，应当");
        assertThat(t.anchor().start()).isEqualTo(text("risk").indexOf("，应当重新"));
        assertThat(t.replacement()).isEqualTo("，应当及时");
    }

    @Test
    void aCommentOnAPointInChineseTextIsOnTheWordThereNotTheParagraph() throws Exception {
        ReviewPlan plan = imported(new ReviewDocx()
                .paragraph("report", "报告义务")
                .paragraph("report", "科学家如有合理理由认为研究成果可能被滥用于敌对目的，应当及时向主管", from(1), to(1),
                        "机构报告。")
                .comment(1, "Amara Okafor", "哪个机构？"));
        AnnotationThread t = added(plan, "report").get(0);
        assertThat(t.anchor().quote()).isEqualTo("主管");
        assertThat(t.anchor().start()).isEqualTo(text("report").indexOf("主管"));
    }

    @Test
    void aRetypedChineseParagraphWithoutBookmarksIsFoundByItsWords() throws Exception {
        // the reviewer pasted the paragraph into a note of their own and changed "及时" to "立即" without tracking
        ReviewPlan plan = imported(new ReviewDocx()
                .paragraph(null, "审查意见")
                .paragraph(null, "科学家如有合理理由认为研究成果可能被滥用于敌对目的，应当立即向", from(1), "主管机构", to(1),
                        "报告。")
                .comment(1, "Amara Okafor", "哪个机构？"));
        assertThat(plan.unplaced()).isEmpty();
        AnnotationThread t = added(plan, "report").get(0);
        assertThat(t.anchor().quote()).isEqualTo("主管机构");
        assertThat(t.anchor().start()).isEqualTo(text("report").indexOf("主管机构"));
        assertThat(t.detached()).isFalse();
    }

    @Test
    void twoDifferentChineseParagraphsAreComparedByWordsNotByTheCharactersTheyShare() {
        // per character the first sentence of "risk" and "report" scored 0.31 (科, 学, 家, 应, 当, 研, 究, 的, 可...);
        // by words they share "科学", "家", "应当", "研究", "的", "可"
        String first = RISK.substring(0, RISK.indexOf('\n'));
        Set<String> report = Texts.words(Texts.normalize(REPORT));
        double different = Texts.similarity(Texts.words(Texts.normalize(first)), report);
        double retyped = Texts.similarity(Texts.words(Texts.normalize(REPORT.replace("及时", "立即"))), report);
        assertThat(different).isLessThan(0.25);
        assertThat(retyped).isGreaterThan(ParagraphMapper.ANYWHERE_THRESHOLD);
    }

    @Test
    void aCommentOnArabicWordsIsOnThoseWords() throws Exception {
        ReviewPlan plan = imported(new ReviewDocx()
                .paragraph("law", "الامتثال للقوانين واللوائح الوطنية")
                .paragraph("law", "ينبغي للعلماء أن يعرفوا القوانين واللوائح الوطنية ", from(1), "والتوجيهات الدولية",
                        to(1), " ذات الصلة، وأن يمتثلوا لها.")
                .comment(1, "Amara Okafor", "أي توجيهات؟"));
        AnnotationThread t = added(plan, "law").get(0);
        assertThat(t.anchor().quote()).isEqualTo("والتوجيهات الدولية");
        assertThat(t.anchor().start()).isEqualTo(text("law").indexOf("والتوجيهات"));
    }

    @Test
    void aCommentOnAPointInAnArabicWordIsOnThatWordWithoutTheArabicCommaAfterIt() throws Exception {
        ReviewPlan plan = imported(new ReviewDocx()
                .paragraph("law", "الامتثال للقوانين واللوائح الوطنية")
                .paragraph("law", "ينبغي للعلماء أن يعرفوا القوانين واللوائح الوطنية والتوجيهات الدولية ذات الص", from(1),
                        to(1), "لة، وأن يمتثلوا لها.")
                .paragraph("law", "حيثما كان القانون صامتاً أو غير واضح، ينبغي للعلماء أن يلتمسوا المشورة من مؤسستهم.")
                .comment(1, "Amara Okafor", "أي صلة؟"));
        AnnotationThread t = added(plan, "law").get(0);
        assertThat(t.anchor().quote()).isEqualTo("الصلة");
        assertThat(t.anchor().start()).isEqualTo(text("law").indexOf("الصلة"));
    }

    @Test
    void anArabicWordWithVowelMarksReplacedIsASuggestionOnThatWord() throws Exception {
        ReviewPlan plan = imported(new ReviewDocx()
                .paragraph("safety", "إدارة السلامة البيولوجية")
                .paragraph("safety", "ينبغي للعلماء أن يعملوا في إطار نظام لإدارة السلامة البيولوجية والأمن البيولوجي "
                        + "يتناسب مع الخطر ", del("المقدَّر"), ins("المُقيَّم"), " لعملهم."));
        AnnotationThread t = added(plan, "safety").get(0);
        assertThat(t.anchor().quote()).isEqualTo("المقدَّر");
        assertThat(t.replacement()).isEqualTo("المُقيَّم");
    }

    @Test
    void aRetypedArabicParagraphWithoutBookmarksIsFoundByItsWords() throws Exception {
        ReviewPlan plan = imported(new ReviewDocx()
                .paragraph(null, "ملاحظات")
                .paragraph(null, "ينبغي للعلماء أن يعملوا ضمن نظام لإدارة السلامة البيولوجية والأمن البيولوجي يتناسب مع "
                        + "الخطر ", from(1), "المقدَّر", to(1), " لعملهم.")
                .comment(1, "Amara Okafor", "من يقدّره؟"));
        assertThat(plan.unplaced()).isEmpty();
        AnnotationThread t = added(plan, "safety").get(0);
        assertThat(t.anchor().quote()).isEqualTo("المقدَّر");
        assertThat(t.anchor().start()).isEqualTo(text("safety").indexOf("المقدَّر"));
    }
}
