package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Numbering;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;

import java.util.ArrayList;
import java.util.List;

/**
 * A real TOC field over Heading 1-3 and the annex headings. Its shown result is filled in with the headings
 * and their numbers (pages are Word's to compute), so that the list reads sensibly even before Word updates
 * the field, which the document asks it to do on open.
 */
final class TableOfContents {
    private static final String INSTRUCTION = " TOC \\o \"1-3\" \\h \\z \\u ";

    private TableOfContents() {
    }

    static void write(XWPFDocument document, Project project, Messages messages, Tally tally) {
        CoverPage.paragraph(document, "TOCHeading", messages.get("toc.title"), tally);
        List<String[]> entries = entries(project, messages);
        if (entries.isEmpty()) {
            entries.add(new String[] {"TOC1", messages.get("toc.placeholder")});
        }
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph p = document.createParagraph();
            p.setStyle(entries.get(i)[0]);
            CTP ctp = p.getCTP();
            if (i == 0) {
                fieldChar(ctp, STFldCharType.BEGIN);
                var instr = ctp.addNewR().addNewInstrText();
                instr.setStringValue(INSTRUCTION);
                instr.setSpace(SpaceAttribute.Space.PRESERVE);
                fieldChar(ctp, STFldCharType.SEPARATE);
            }
            RunText.append(ctp.addNewR(), entries.get(i)[1], false, tally);
            if (i == entries.size() - 1) {
                fieldChar(ctp, STFldCharType.END);
            }
        }
        document.enforceUpdateFields();
    }

    private static void fieldChar(CTP p, STFldCharType.Enum type) {
        CTR r = p.addNewR();
        r.addNewFldChar().setFldCharType(type);
    }

    private static List<String[]> entries(Project project, Messages messages) {
        Numbering numbering = project.outline().numbering();
        List<String[]> entries = new ArrayList<>();
        for (Part part : project.outline().parts()) {
            String label = messages.pattern("numbering.part")
                    .replace("%1", numbering.ofPart(part.id()).orElseThrow().toString());
            entries.add(new String[] {"TOC1", label + " \u2013 " + part.title()});
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    project.clause(ref.clauseId()).ifPresent(c ->
                            entries.add(new String[] {"TOC2", numbering.label(c.id()) + "\t" + c.heading()}));
                } else if (item instanceof Section s) {
                    entries.add(new String[] {"TOC2", numbering.ofSection(s.id()).orElseThrow() + "\t" + s.title()});
                    s.clauseIds().forEach(id -> project.clause(id).ifPresent(c ->
                            entries.add(new String[] {"TOC3", numbering.label(id) + "\t" + c.heading()})));
                }
            }
        }
        return entries;
    }
}
