package org.clausewright.docx;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlCursor;

import javax.xml.namespace.QName;

/**
 * POI's watermark, made to look like Word's own: POI draws it black, level, with a shape type whose
 * coordinate size is mistyped and a double-escaped font name, so LibreOffice prints a black bar over the
 * text. Here it becomes light grey text on the diagonal, behind the page.
 */
final class Watermark {
    private static final String VML = "urn:schemas-microsoft-com:vml";

    private Watermark() {
    }

    static void create(XWPFHeaderFooterPolicy policy, String text) {
        policy.createWatermark(text);
        for (XWPFHeader header : new XWPFHeader[] {policy.getDefaultHeader(), policy.getFirstPageHeader(),
                policy.getEvenPageHeader()}) {
            if (header != null) {
                restyle(header);
            }
        }
    }

    private static void restyle(XWPFHeader header) {
        try (XmlCursor cursor = header._getHdrFtr().newCursor()) {
            while (!cursor.toNextToken().isNone()) {
                if (!cursor.isStart() || !VML.equals(cursor.getName().getNamespaceURI())) {
                    continue;
                }
                switch (cursor.getName().getLocalPart()) {
                    case "shapetype" -> cursor.setAttributeText(new QName("coordsize"), "21600,21600");
                    case "shape" -> {
                        String style = cursor.getAttributeText(new QName("style"));
                        cursor.setAttributeText(new QName("style"), style + ";rotation:315");
                        cursor.setAttributeText(new QName("fillcolor"), "#D9D9D9");
                    }
                    case "textpath" -> {
                        if (cursor.getAttributeText(new QName("string")) != null) {
                            cursor.setAttributeText(new QName("style"), "font-family:\"Calibri\";font-size:1pt");
                        }
                    }
                    default -> { }
                }
            }
        }
    }
}
