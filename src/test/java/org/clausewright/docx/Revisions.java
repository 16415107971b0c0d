package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a document's body paragraphs as Word shows them after "Accept all" or "Reject all": a paragraph
 * whose mark is deleted (on accept) or inserted (on reject) joins the next one.
 */
final class Revisions {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Revisions() {
    }

    static List<String> paragraphs(XWPFDocument document, boolean accept) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (CTP p : document.getDocument().getBody().getPList()) {
            current.append(text(p, accept));
            boolean markGone = p.isSetPPr() && p.getPPr().isSetRPr()
                    && (accept ? p.getPPr().getRPr().isSetDel() : p.getPPr().getRPr().isSetIns());
            if (!markGone) {
                result.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            result.add(current.toString());
        }
        return result;
    }

    private static String text(CTP p, boolean accept) {
        StringBuilder sb = new StringBuilder();
        try (XmlCursor c = p.newCursor()) {
            walk(c, accept, sb);
        }
        return sb.toString();
    }

    private static void walk(XmlCursor c, boolean accept, StringBuilder sb) {
        if (!c.toFirstChild()) {
            return;
        }
        do {
            String name = c.getName().getLocalPart();
            if (!W.equals(c.getName().getNamespaceURI()) || name.equals("pPr") || name.equals("rPr")) {
                continue;
            }
            switch (name) {
                case "ins" -> {
                    if (accept) {
                        descend(c, accept, sb);
                    }
                }
                case "del" -> {
                    if (!accept) {
                        descend(c, accept, sb);
                    }
                }
                case "t", "delText" -> sb.append(c.getTextValue());
                case "tab" -> sb.append('\t');
                case "br" -> sb.append('\n');
                default -> descend(c, accept, sb);
            }
        } while (c.toNextSibling());
        c.toParent();
    }

    private static void descend(XmlCursor c, boolean accept, StringBuilder sb) {
        try (XmlCursor inner = c.newCursor()) {
            walk(inner, accept, sb);
        }
    }
}
