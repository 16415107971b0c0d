package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLevelSuffix;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMultiLevelType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;

/**
 * The document's styles (from {@code styles.xml}: a blank POI document has none, so Word would show no
 * navigation pane and build no table of contents) and the multi-level list that numbers Heading 1-3 as
 * "Part 3", "3.2", "3.2.1". The numbers live in numbering.xml, not in the text, so Word renumbers.
 */
final class Styles {
    static final String HEADING = "Heading";
    static final String CLAUSE_TEXT = "ClauseText";
    static final String CLAUSE_ITEM = "ClauseItem";
    /** Room before the heading text for a number written as text ("2.3 bis", "2 bis.1 ter"), in twips. */
    static final int NUMBER_HANGING = 1440;

    private Styles() {
    }

    static void install(XWPFDocument document, Messages messages) throws IOException {
        StylesDocument styles;
        try (InputStream in = Styles.class.getResourceAsStream("styles.xml")) {
            styles = StylesDocument.Factory.parse(in);
        } catch (XmlException e) {
            throw new IllegalStateException("the bundled styles.xml is not valid: " + e.getMessage(), e);
        }
        document.createStyles().setStyles(styles.getStyles());
        BigInteger numId = numbering(document, messages);
        for (CTStyle style : styles.getStyles().getStyleList()) {
            String id = style.getStyleId();
            if (id.matches(HEADING + "[1-3]")) {
                CTNumPr numPr = style.getPPr().addNewNumPr();
                numPr.addNewIlvl().setVal(BigInteger.valueOf(id.charAt(id.length() - 1) - '1'));
                numPr.addNewNumId().setVal(numId);
            }
        }
    }

    private static BigInteger numbering(XWPFDocument document, Messages messages) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        abstractNum.addNewMultiLevelType().setVal(STMultiLevelType.MULTILEVEL);
        String[] texts = {messages.pattern("numbering.part"), "%1.%2", "%1.%2.%3"};
        for (int level = 0; level < texts.length; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewPStyle().setVal(HEADING + (level + 1));
            lvl.addNewSuff().setVal(level == 0 ? STLevelSuffix.SPACE : STLevelSuffix.TAB);
            lvl.addNewLvlText().setVal(level == 0 ? texts[0] + " \u2013" : texts[level]);
            // Clause numbers hang in the margin of the heading text: 720 twips for 3.2, 1080 for 3.2.1.
            long indent = level == 0 ? 0 : 360L + 360L * level;
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(indent));
            ind.setHanging(BigInteger.valueOf(indent));
        }
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }
}
