package org.clausewright.docx;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

import java.math.BigInteger;

/** A4 pages with a header (title, version), a footer ("Page X of Y" as fields) and an optional watermark. */
final class PageFurniture {
    private PageFurniture() {
    }

    static void apply(XWPFDocument document, ExportRequest request, Messages messages, Tally tally,
                      DocumentLanguage language) {
        CTSectPr sectPr = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1440));
        margins.setRight(BigInteger.valueOf(1440));
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
        language.applyTo(sectPr);

        XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
        XWPFHeader header;
        // createWatermark builds the headers itself and would replace any made before, so it comes first.
        if (request.options().watermark() != null) {
            Watermark.create(policy, RunText.plain(request.options().watermark()));
            header = policy.getDefaultHeader();
        } else {
            header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        }
        XWPFParagraph top = header.createParagraph();
        top.setStyle("Header");
        // one tab, to the right-hand stop (the Header style has no centre stop): with a title past the middle of the
        // page a second tab wrapped the version to the next line's centre
        RunText.append(top.getCTP().addNewR(), request.project().info().title().replace('\n', ' ')
                + "\t" + request.version().printed(messages).replace('\n', ' '), false, tally);

        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph bottom = footer.createParagraph();
        bottom.setStyle("Footer");
        bottom.setAlignment(ParagraphAlignment.CENTER);
        pageOfPages(bottom.getCTP(), messages.pattern("footer.page"), tally);
        if (language.rightToLeft()) {
            for (XWPFParagraph p : java.util.List.of(top, bottom)) {
                p.getCTP().getPPr().addNewBidi();
                p.getCTP().getRList().forEach(r -> (r.isSetRPr() ? r.getRPr() : r.addNewRPr()).addNewRtl());
            }
        }
    }

    /** "Page {0} of {1}" with PAGE and NUMPAGES fields in place of the placeholders, in either order. */
    private static void pageOfPages(CTP p, String pattern, Tally tally) {
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            if (open < 0 || open + 2 >= pattern.length() || pattern.charAt(open + 2) != '}') {
                RunText.append(p.addNewR(), pattern.substring(i), false, tally);
                return;
            }
            if (open > i) {
                RunText.append(p.addNewR(), pattern.substring(i, open), false, tally);
            }
            CTSimpleField field = p.addNewFldSimple();
            field.setInstr(pattern.charAt(open + 1) == '0' ? " PAGE " : " NUMPAGES ");
            field.addNewR().addNewT().setStringValue("1");
            i = open + 3;
        }
    }
}
